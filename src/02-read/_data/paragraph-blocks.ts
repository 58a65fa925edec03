// Stage 2 data: what may stand at paragraph level without being prose (dropped) and the exceptions (kept).

// Rule (in read-sections.ts): a line made only of templates, magic words, files, categories, tables, non-prose
// extension tags (`block` in extension-tags.ts), comments and spaces is not prose, unless one of its templates is a
// prose block below. Templates in NON_PROSE_TEMPLATES are dropped even when text shares their line.
export interface TemplateNameEntry {
  id: string;
  /** Template name (no "Template:"), matched any case with '_' = ' '. */
  name: string;
  /** True: also matches longer names starting with `name` and a space ("Campaignbox Waterloo"). */
  prefix?: boolean;
  /** Paragraph sources in which the template shows the rule (the expected paragraphs are in the tests). */
  examples: string[];
}

/** Templates that stand alone on their lines yet hold prose: a quotation is part of the text. */
export const PROSE_BLOCK_TEMPLATES: readonly TemplateNameEntry[] = [
  { id: 'quote', name: 'Quote', examples: ['{{Quote|Up, Guards, and at them!}}'] },
  { id: 'quotation', name: 'Quotation', examples: ['{{Quotation|Up, Guards, and at them!}}'] },
  { id: 'blockquote', name: 'Blockquote', examples: ['{{blockquote|Up, Guards, and at them!}}'] },
  { id: 'bquote', name: 'Bquote', examples: ['{{Bquote|Up, Guards, and at them!}}'] },
  { id: 'cquote', name: 'Cquote', examples: ['{{Cquote|Up, Guards, and at them!}}'] },
  { id: 'poem-quote', name: 'Poem quote', examples: ['{{Poem quote|Up, Guards, and at them!}}'] },
];

/** Templates that are never prose, dropped wherever they stand at paragraph level (boxes, page furniture). */
export const NON_PROSE_TEMPLATES: readonly TemplateNameEntry[] = [
  { id: 'infobox', name: 'Infobox', prefix: true, examples: ['{{Infobox person|name=X}}Text.'] },
  { id: 'campaignbox', name: 'Campaignbox', prefix: true, examples: ['{{Campaignbox Waterloo}}Text.'] },
  { id: 'navbox', name: 'Navbox', prefix: true, examples: ['{{Navbox|title=X}}Text.'] },
  { id: 'sidebar', name: 'Sidebar', prefix: true, examples: ['{{Sidebar|title=X}}Text.'] },
  { id: 'quote-box', name: 'Quote box', examples: ['{{Quote box|quote=X}}Text.'] },
  { id: 'multiple-image', name: 'Multiple image', examples: ['{{Multiple image|image1=A.jpg}}Text.'] },
  { id: 'short-description', name: 'Short description', examples: ['{{Short description|Battle}}Text.'] },
  { id: 'use-dmy-dates', name: 'Use dmy dates', examples: ['{{Use dmy dates|date=May 2017}}Text.'] },
  { id: 'use-mdy-dates', name: 'Use mdy dates', examples: ['{{Use mdy dates|date=May 2017}}Text.'] },
  { id: 'use-english', name: 'Use British English', examples: ['{{Use British English|date=May 2017}}Text.'] },
  { id: 'reflist', name: 'Reflist', examples: ['{{Reflist}}Text.'] },
  { id: 'notelist', name: 'Notelist', examples: ['{{notelist}}Text.'] },
  { id: 'clear', name: 'Clear', examples: ['{{clear}}Text.'] },
  { id: 'main', name: 'Main', examples: ['{{Main|Battle of Ligny}}Text.'] },
  { id: 'main-article', name: 'Main article', examples: ['{{Main article|Battle of Ligny}}Text.'] },
  { id: 'see-also', name: 'See also', examples: ['{{See also|Battle of Ligny}}Text.'] },
  { id: 'further', name: 'Further', examples: ['{{Further|Battle of Ligny}}Text.'] },
  {
    id: 'further-information',
    name: 'Further information',
    examples: ['{{Further information|Battle of Ligny}}Text.'],
  },
];

/**
 * Interlanguage links ([[ja:…]], [[zh-min-nan:…]]) are not prose: MediaWiki moves them to the sidebar.
 * A link is one when its target starts with a language-code-like prefix (2–3 lower-case letters, optional
 * -subtags, or "simple") that is not one of these project or namespace shortcuts; a leading ':' makes it inline.
 */
export const NOT_LANGUAGE_PREFIXES: readonly string[] = [
  'wp',
  'mw',
  'wmf',
  'cat',
  'mos',
  'wt',
  'h',
  'c',
  'd',
  'q',
  's',
  'b',
  'n',
  'v',
  'w',
  'm',
  'wikt',
  'meta',
  'mul',
];

export const LANGUAGE_LINK_EXAMPLES: readonly { id: string; source: string; language: boolean }[] = [
  { id: 'japanese', source: '[[ja:エル・アラメインの戦い]]', language: true },
  { id: 'chinese-min-nan', source: '[[zh-min-nan:Battle]]', language: true },
  { id: 'simple-english', source: '[[simple:Battle]]', language: true },
  { id: 'colon-inline', source: '[[:ja:エル]]', language: false },
  { id: 'wiktionary', source: '[[wikt:tabor|tabor]]', language: false },
  { id: 'wikiquote', source: '[[q:Wellington|Wellington]]', language: false },
  { id: 'article-with-colon', source: '[[Battle of Waterloo: aftermath]]', language: false },
];
