// Clean service data: templates that print no content — cleanup tags, page banners, navigation, layout.
import { CONFLICT_INFOBOXES } from '../../../_data/infobox-templates.js';
import { nodeOf } from '../../template-helpers.js';
import type { TemplateRule } from '../../template-rule.js';

export const MAINTENANCE_RULES: TemplateRule[] = [
  {
    id: 'inline-cleanup-tag',
    // Superscript cleanup tags: "[citation needed]" is a request to editors, not content.
    names: [
      'citation needed', 'cn', 'fact', 'cite needed', 'citeneeded', 'clarify', 'clarification needed', 'dubious',
      'dubious – discuss', 'when', 'when?', 'by whom', 'by whom?', 'who', 'who?', 'which', 'which?', 'where', 'where?',
      'according to whom', 'whom?', 'what?', 'why?', 'how?', 'unreliable source', 'unreliable source?',
      'unreliable source inline', 'verification failed', 'failed verification', 'not in citation given', 'page needed',
      'pages needed', 'page number', 'volume needed', 'year needed', 'date missing', 'full citation needed',
      'full citation', 'fcn', 'better source', 'better source needed', 'bsn', 'verify source', 'verify credibility',
      'attribution needed', 'vague', 'specify', 'elucidate', 'nonspecific', 'weasel inline', 'peacock inline',
      'original research inline', 'or inline', 'synthesis inline', 'disputed inline', 'dubious inline',
      'contradictory inline', 'update inline', 'update after', 'pov statement', 'npov statement', 'request quotation',
      'rq', 'self-published inline', 'self-published source', 'irrelevant citation', 'third-party inline',
      'primary source inline', 'primary source-inline', 'deprecated inline', 'citation needed lead',
      'sic?', 'dead link inline', 'isbn missing', 'page?', 'definition needed', 'examples needed', 'explain',
      'excessive citations inline', 'needs update', 'out of date', 'opinion', 'speculation inline', 'lopsided',
      'how', 'why', 'what', 'disputed-inline', 'not in source', 'nie', 'neutrality needed', 'obsolete source',
      'citation not found', 'cn span', 'incomplete short citation', 'full', 'failed verification span',
      'medical citation needed', 'circular reference', 'user-generated source', 'unbalanced opinion', 'quantify',
      'which one', 'clarify timeframe', 'author missing', 'title missing', 'more citations needed span',
    ],
    handler: 'drop',
    examples: [
      ['7,000–10,000{{unreliable source|date=October 2017}}{{Verification failed|date=October 2017}}', '7,000–10,000'],
      ['heavy{{citation needed|date=May 2010}}', 'heavy'],
      ['{{cn}} x {{clarify|reason=why}}', 'x'],
    ],
  },
  {
    id: 'span-cleanup-tag',
    // Cleanup tags that wrap the text they question: keep the text.
    names: [
      'citation needed span', 'cns', 'fact span', 'clarify span', 'dubious span', 'verification failed span',
      'according to whom span', 'vague span', 'weasel span', 'peacock span', 'or span', 'pov span', 'sic span',
      'disputed-inline span', 'cn-span', 'better source span', 'quantify span', 'example needed span', 'tone inline',
      'not a typo', 'proper name', 'typo', 'as written', 'notatypo', 'not typo',
    ],
    handler: (call) => nodeOf(call.arg(1) ?? call.arg('text')),
    examples: [['{{citation needed span|about 300 men|date=May 2010}}', 'about 300 men']],
  },
  {
    id: 'page-banner',
    // Whole-page notices and page settings.
    names: [
      'featured article', 'good article', 'engvarb', 'engvara', 'british english', 'american english', 'refimprove',
      'refimprove section', 'more citations needed', 'more citations needed section', 'more footnotes',
      'more footnotes needed', 'no footnotes', 'unreferenced', 'unreferenced section', 'multiple issues', 'expand section',
      'expand', 'cleanup', 'copy edit', 'copyedit', 'original research', 'pov', 'npov', 'disputed', 'too long',
      'primary sources', 'one source', 'citation style', 'cleanup-reorganize', 'very long', 'essay-like',
      'toc limit', 'toc right', 'toc left', 'tocright', 'toc', 'notoc', 'compact toc', 'short description',
      'italic title', 'displaytitle', 'lowercase title', 'dmy', 'mdy', 'coord missing', 'orphan', 'dead end',
      'underlinked', 'overlinked', 'update', 'cleanup section', 'fiction', 'in-universe', 'wikify', 'peacock',
      'weasel', 'globalize', 'morefootnotes', 'citation style section', 'sections', 'lead too short', 'lead too long',
      'current', 'recentism', 'use dmy dates', 'use mdy dates', 'use british english', 'use american english',
      'use canadian english', 'use australian english', 'use indian english', 'use new zealand english',
      'use oxford spelling', 'use irish english', 'use south african english', 'protection padlock', 'sprotected',
      'semi-protected', 'featured list', 'spoken wikipedia', 'wikipedia books', 'talk header', 'talkheader',
      'wikiprojectbannershell', 'wikiproject banner shell', 'article history', 'articlehistory', 'disambiguation',
      'disambig', 'dab', 'sia', 'set index article', 'shipindex', 'hndis', 'geodis', 'surname', 'given name',
      'r from move', 'redirect category shell', 'authority control', 'taxonbar', 'coord-missing', 'featured picture',
      'db-meta', 'afd', 'merge', 'merge to', 'merge from', 'split', 'split section', 'move', 'requested move', 'refexpand',
      'citations broken', 'cite check', 'expert needed', 'confusing', 'technical', 'tone', 'unbalanced', 'undue weight',
      'self-published', 'third-party', 'advert', 'autobiography', 'coi', 'notability', 'hoax', 'hatnote group',
    ],
    suffixes: ['-stub', ' stub'],
    prefixes: ['pp-', 'pp ', 'use ', 'wikiproject ', 'db-', 'afd ', 'infobox', 'talk:', 'user:', 'wikipedia:', 'module:'],
    handler: 'drop',
    examples: [
      ['{{Use dmy dates|date=June 2017}}{{pp-semi-indef}}Text', 'Text'],
      ['{{Featured article}}The battle', 'The battle'],
    ],
  },
  {
    id: 'hatnote',
    names: [
      'main', 'main article', 'further', 'further information', 'further2', 'see also', 'see', 'details', 'for', 'for2',
      'about', 'other uses', 'otheruses', 'other uses of', 'redirect', 'redirect2', 'redirect-distinguish', 'distinguish',
      'hatnote', 'self-reference', 'selfref', 'main list', 'see introduction', 'broader', 'also', 'other people',
      'other places', 'other ships', 'for-multi', 'for multi', 'redirect-multi', 'about-distinguish', 'year dab',
      'refer', 'rellink', 'relevant link', 'see main', 'main articles', 'for timeline', 'further info',
    ],
    handler: 'drop',
    examples: [['{{Main article|Battle of X}}The fight', 'The fight']],
  },
  {
    id: 'conflict-infobox',
    // A conflict infobox inside a value prints nothing. Names from the reader's table, so a redirect added there
    // ({{Warbox}} does not start with "infobox") is dropped here too.
    names: CONFLICT_INFOBOXES.map((e) => e.name),
    handler: 'drop',
    examples: [['{{Warbox|conflict=X}}Text', 'Text']],
  },
  {
    id: 'navigation-box',
    // Boxes at the foot of the page or beside the text: lists of related articles, not prose.
    names: [
      'portal', 'portal bar', 'portalbar', 'portal-inline', 'commons', 'commons category', 'commonscat',
      'commons category multi', 'commons-inline', 'commons category-inline', 'commons cat', 'wikisource',
      'wikisource-inline', 'wikisource portal', 'wikisource author', 'wikiquote', 'wiktionary', 'wikinews',
      'wikispecies', 'wikivoyage', 'wikibooks', 'wikiversity', 'sister project links', 'sister projects',
      'library resources box', 'subject bar', 'in our time', 'eb1911 poster', 'external media', 'externalimage',
      'external image', 'external video', 'internet archive film clip', 'youtube', 'official website', 'official',
      'imdb title', 'c-span', 'find a grave', 'dmoz', 'curlie', 'geobox', 'multiple image', 'multiple images', 'wide image',
      'panorama', 'image frame', 'photomontage', 'annotated image', 'location map', 'location map+', 'location map~',
      'location map many', 'maplink', 'osm location map', 'image label', 'image label begin', 'image label end',
      'clear', 'clear left', 'clear right', 'clr', 'clear all', '-', 'stack', 'stack begin', 'stack end',
      'anchor', 'anchors', 'visible anchor', 'quote box', 'quotebox', 'cquote box', 'pull quote', 'rquote', 'sidebar',
      'campaign', 'navbox', 'navboxes', 'navbox with collapsible groups', 'navbar', 'tnavbar', 'world war ii',
      'world war i', 'tank battles', 'destroyed heritage', 'military history', 'wars of the roses', 'napoleonic wars',
      'american civil war', 'ww2', 'wwii', 'ww1', 'wwi', 'cold war', 'military navigation', 'military of', 'reflist-talk', 'pp', 'tlx', 'tl', 'tlp', 'tlc',
      'tag', 'para', 'template link', 'audio', 'pronunciation', 'listen',
      'ipa audio link', 'scrollbox', 'skip to bottom', 'skip to top', 'reflist top', 'reflist bottom', 'spaced en dash?',
      'gallery', 'image array', 'largest cities', 'chart', 'bar box', 'graph:chart',
      'timeline', 'weather box', 'climate chart', 'nobots', 'bots', 'legend rect', 'coord list', 'geogroup',
      'gc', 'gcoord', 'kml', 'attached kml', 'campaignbox',
    ],
    prefixes: ['campaignbox', 'navbox', 'campaign box', 'lang icon', 'portal:', 'commons'],
    handler: 'drop',
    examples: [
      ['{{Campaignbox Western Desert}}{{Commons category|X}}Text', 'Text'],
      ['{{Quote box|quote=Hold the line|source=Wellington}}', ''],
    ],
  },
  {
    id: 'language-icon',
    // "(in Russian)" marks after external links.
    names: ['in lang', 'languageicon', 'language icon', 'lang icon', 'link language'],
    suffixes: [' icon'],
    handler: 'drop',
    examples: [['{{Ru icon}} Source', 'Source']],
  },
];
