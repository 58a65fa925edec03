// Stage 2 data: templates that make a footnote (short citations, explanatory notes) or hold a citation.

// Short-footnote templates ({{sfn}}) become references whose text is the short citation ("Barker 2005,
// p. 320"): identical calls share one reference, as on the wiki. `parenthesised` puts the year in brackets.
export interface ShortFootnoteEntry {
  id: string;
  name: string;
  parenthesised: boolean;
  examples: { source: string; text: string }[];
}

export const SHORT_FOOTNOTE_TEMPLATES: readonly ShortFootnoteEntry[] = [
  {
    id: 'sfn',
    name: 'Sfn',
    parenthesised: false,
    examples: [
      { source: '{{sfn|Barker|2005|p=320}}', text: 'Barker 2005, p. 320' },
      { source: '{{Sfn|Hofschröer|1999|pp=68–69}}', text: 'Hofschröer 1999, pp. 68–69' },
      { source: '{{sfn|Barker|Smith|Jones|2005}}', text: 'Barker, Smith & Jones 2005' },
      { source: '{{sfn|Barker|Smith|Jones|Brown|2005|loc=map 2}}', text: 'Barker et al. 2005, map 2' },
    ],
  },
  {
    id: 'sfnp',
    name: 'Sfnp',
    parenthesised: true,
    examples: [{ source: '{{sfnp|Barker|Smith|2005|loc=ch. 3}}', text: 'Barker & Smith (2005), ch. 3' }],
  },
];

// Note templates ({{efn}}) become references whose text is their content; `name=` makes them reusable.
export interface NoteFootnoteEntry {
  id: string;
  name: string;
  examples: { source: string; text: string }[];
}

export const NOTE_FOOTNOTE_TEMPLATES: readonly NoteFootnoteEntry[] = [
  { id: 'efn', name: 'Efn', examples: [{ source: '{{efn|Some say 6,000.}}', text: 'Some say 6,000.' }] },
  { id: 'efn-ua', name: 'Efn-ua', examples: [{ source: '{{efn-ua|Some say 6,000.}}', text: 'Some say 6,000.' }] },
  { id: 'efn-lr', name: 'Efn-lr', examples: [{ source: '{{efn-lr|Some say 6,000.}}', text: 'Some say 6,000.' }] },
  { id: 'efn-lg', name: 'Efn-lg', examples: [{ source: '{{efn-lg|Some say 6,000.}}', text: 'Some say 6,000.' }] },
  { id: 'refn', name: 'Refn', examples: [{ source: '{{refn|group=n|Some say 6,000.}}', text: 'Some say 6,000.' }] },
  { id: 'notetag', name: 'NoteTag', examples: [{ source: '{{NoteTag|Some say 6,000.}}', text: 'Some say 6,000.' }] },
];

/** Citation templates (any case); `prefix: true` also matches "Cite web", "Cite EB1911"… ({{Citation needed}} is not one). */
export const CITATION_TEMPLATES: readonly { id: string; name: string; prefix?: boolean; examples: string[] }[] = [
  {
    id: 'cite',
    name: 'Cite',
    prefix: true,
    examples: ['{{cite web|url=http://example.org|title=T}}', '{{Cite book|title=T}}', '{{cite_news|title=T}}'],
  },
  { id: 'citation', name: 'Citation', examples: ['{{citation|title=T}}'] },
  { id: 'vcite', name: 'Vcite', prefix: true, examples: ['{{vcite journal|title=T}}'] },
];

/** The citation parameters that fill `work`, in order of preference. */
export const CITATION_WORK_PARAMS: readonly string[] = [
  'work',
  'website',
  'newspaper',
  'journal',
  'magazine',
  'publisher',
];
