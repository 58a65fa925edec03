// Stage 2 data: templates that say a page is not an article — disambiguation / set-index pages and talk pages.

// Matched on the normalised template name (any case, '_' = ' ', no "Template:" prefix); `prefix: true`
// matches every name that starts with `name` followed by a space or the end (WikiProject Military history).
export interface PageKindTemplateEntry {
  id: string;
  name: string;
  prefix?: boolean;
  /** Page sources (or parts of them) that must be recognised through this entry. */
  examples: string[];
}

/** Disambiguation and set-index templates: the page lists several topics → `disambiguation`. */
export const DISAMBIGUATION_TEMPLATES: readonly PageKindTemplateEntry[] = [
  { id: 'disambiguation', name: 'Disambiguation', examples: ['{{disambiguation}}', '{{Disambiguation|battle}}'] },
  { id: 'disambig', name: 'Disambig', examples: ['{{Disambig}}'] },
  { id: 'disamb', name: 'Disamb', examples: ['{{disamb}}'] },
  { id: 'dab', name: 'Dab', examples: ['{{dab}}', '{{DAB}}'] },
  { id: 'hndis', name: 'Hndis', examples: ['{{hndis|Smith, John}}'] },
  { id: 'geodis', name: 'Geodis', examples: ['{{geodis}}'] },
  { id: 'numberdis', name: 'Numberdis', examples: ['{{numberdis}}'] },
  {
    id: 'letter-number-combination-disambiguation',
    name: 'Letter-NumberCombDisambig',
    examples: ['{{Letter-NumberCombDisambig}}'],
  },
  { id: 'set-index-article', name: 'Set index article', examples: ['{{Set index article}}'] },
  { id: 'set-index', name: 'Set index', examples: ['{{set index}}'] },
  { id: 'sia', name: 'SIA', examples: ['{{SIA}}', '{{sia}}'] },
  { id: 'ship-index', name: 'Ship index', examples: ['{{Ship index}}'] },
  { id: 'shipindex', name: 'Shipindex', examples: ['{{shipindex}}'] },
  { id: 'mountain-index', name: 'Mountain index', examples: ['{{Mountain index}}'] },
  { id: 'place-name-disambiguation', name: 'Place name disambiguation', examples: ['{{Place name disambiguation}}'] },
  { id: 'human-name-disambiguation', name: 'Human name disambiguation', examples: ['{{Human name disambiguation}}'] },
  { id: 'surname', name: 'Surname', examples: ['{{surname}}'] },
  { id: 'given-name', name: 'Given name', examples: ['{{given name}}'] },
];

/** Banners found only on talk pages → `not-article`. */
export const TALK_PAGE_TEMPLATES: readonly PageKindTemplateEntry[] = [
  {
    id: 'wikiproject',
    name: 'WikiProject',
    prefix: true,
    examples: ['{{WikiProject Military history|class=B}}', '{{wikiproject Poland}}'],
  },
  { id: 'wikiproject-banner-shell', name: 'WikiProjectBannerShell', examples: ['{{WikiProjectBannerShell|1=}}'] },
  {
    id: 'wikiproject-banner-shell-spaced',
    name: 'WikiProject banner shell',
    examples: ['{{WikiProject banner shell|1=}}'],
  },
  { id: 'talk-header', name: 'Talk header', examples: ['{{Talk header}}'] },
  { id: 'talkheader', name: 'Talkheader', examples: ['{{talkheader}}'] },
  { id: 'article-history', name: 'Article history', examples: ['{{Article history|action1=GAN}}'] },
  { id: 'articlehistory', name: 'ArticleHistory', examples: ['{{ArticleHistory|action1=GAN}}'] },
  { id: 'old-peer-review', name: 'Old peer review', examples: ['{{Old peer review}}'] },
  { id: 'talk-page-of-redirect', name: 'Talk page of redirect', examples: ['{{Talk page of redirect}}'] },
];

/** Aliases of the redirect magic word, as a page's first token (`#REDIRECT [[Target]]`), any case. */
export const REDIRECT_KEYWORDS: readonly { id: string; keyword: string; examples: string[] }[] = [
  {
    id: 'redirect',
    keyword: '#redirect',
    examples: [
      '#REDIRECT [[Battle of the Nile]]',
      '#redirect [[Battle of the Nile]]',
      '#Redirect:[[Battle of the Nile]]',
    ],
  },
  { id: 'weiterleitung', keyword: '#weiterleitung', examples: ['#WEITERLEITUNG [[Battle of the Nile]]'] },
  { id: 'redirection', keyword: '#redirection', examples: ['#REDIRECTION [[Battle of the Nile]]'] },
];
