// Clean service data: punctuation templates ({{snd}}, {{ndash}}, {{nbsp}} …) — one table of name → printed text.
import { text } from '../../template-helpers.js';
import type { TemplateRule } from '../../template-rule.js';

/**
 * What each punctuation template prints, by its normalised name (lower case, spaces). The rule below takes its
 * names from this table, so a name added here is both recognised and rendered: it cannot half-work.
 * Spaced dashes print plain spaces: the non-breaking space MediaWiki puts before them only stops a line break.
 */
export const PUNCTUATION_TEXT: Readonly<Record<string, string>> = {
  // Spaces.
  nbsp: ' ',
  spaces: ' ',
  space: ' ',
  sp: ' ',
  thinsp: ' ',
  'thin space': ' ',
  'hair space': ' ',
  'figure space': ' ',
  // {{spaced en dash}} and its redirects (snd, spnd, sndash, spndash, spaced ndash); {{spaced en dash space}} (snds …)
  // differs from it only in the kind of space after the dash.
  'spaced en dash': ' – ',
  'spaced ndash': ' – ',
  snd: ' – ',
  spnd: ' – ',
  sndash: ' – ',
  spndash: ' – ',
  dash: ' – ',
  spd: ' – ',
  'spaced en dash space': ' – ',
  'spaced ndash space': ' – ',
  snds: ' – ',
  sndashs: ' – ',
  spndashs: ' – ',
  // Unspaced dashes.
  ndash: '–',
  'en dash': '–',
  endash: '–',
  mdash: '—',
  'em dash': '—',
  emdash: '—',
  nbhyph: '-',
  'spaced mdash': ' — ',
  'spaced em dash': ' — ',
  'spaced emdash': ' — ',
  // Quotes and apostrophes.
  "'": "'",
  "'s": "'s",
  '\' "': '\'"',
  '" \'': '"\'',
  '`': "'",
  // Dots, bullets and separators.
  dot: ' · ',
  '·': ' · ',
  '•': ' • ',
  bull: ' • ',
  bullet: ' • ',
  middot: '·',
  '\\': ' / ',
  slash: '/',
  'spaced slash': ' / ',
  ellipsis: '…',
  '...': '…',
  // Characters that wikitext would read as markup ("[", "]", "{" and "}" cannot stand in a template's name).
  '!': '|',
  '=': '=',
  '!!': '||',
  pipe: '|',
  '(': '(',
  ')': ')',
  '((': '((',
  '))': '))',
  // Signs.
  times: '×',
  minus: '−',
  plusminus: '±',
  '±': '±',
  degree: '°',
  '°': '°',
  dagger: '†',
  '†': '†',
  'double dagger': '‡',
  ddagger: '‡',
  '‡': '‡',
  okina: 'ʻ',
  // Invisible: soft hyphens, joiners, word-break opportunities, pixel spacers.
  shy: '',
  zwsp: '',
  wbr: '',
  zwj: '',
  zwnj: '',
  px: '',
  // Trend arrows in tables: a picture, not a word.
  increase: '',
  decrease: '',
  steady: '',
  'increase positive': '',
  'decrease negative': '',
  up: '',
  down: '',
};

export const PUNCTUATION_RULES: TemplateRule[] = [
  {
    id: 'punctuation',
    names: Object.keys(PUNCTUATION_TEXT),
    handler: (call) => text(PUNCTUATION_TEXT[call.name] ?? ''),
    examples: [
      ['1{{snd}}2', '1 – 2'],
      ['May 2, 1812{{snds}}June 9, 1815', 'May 2, 1812 – June 9, 1815'],
      ['10{{ndash}}20', '10–20'],
      ["Napoleon{{'s}} army", "Napoleon's army"],
      ['a{{nbsp}}b', 'a b'],
    ],
  },
];
