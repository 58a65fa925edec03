// Clean service data: footnote and citation templates — anchors or nothing in values, text inside references.
import { nodeOf, text } from '../../template-helpers.js';
import type { Emit, HandlerOptions, TemplateCall, TemplateRule } from '../../template-rule.js';

/** Citation parameters in the order a reader expects them. */
function renderCitation(call: TemplateCall): Emit[] {
  const authors: string[] = [];
  for (let i = 0; i <= 9; i++) {
    const suffix = i === 0 ? '' : String(i);
    const last = call.text(`last${suffix}`) || call.text(`surname${suffix}`) || call.text(`author${suffix}`);
    if (last === '') continue;
    const first = call.text(`first${suffix}`) || call.text(`given${suffix}`);
    authors.push(first === '' ? last : `${last}, ${first}`);
  }
  const extra = call.text('authors') || call.text('editor') || call.text('editor-last');
  if (authors.length === 0 && extra !== '') authors.push(extra);
  const date = call.text('date') || call.text('year');
  const title = call.text('title') || call.text('chapter') || call.text(1);
  const work =
    ['work', 'website', 'newspaper', 'journal', 'magazine', 'periodical', 'encyclopedia', 'encyclopaedia']
      .map((k) => call.text(k))
      .find((v) => v !== '') ?? '';
  const publisher = call.text('publisher');
  const page = call.text('page') || call.text('p');
  const pages = call.text('pages') || call.text('pp');
  const pieces = [
    authors.join('; ') + (date === '' ? '' : ` (${date})`),
    title === '' ? '' : `"${title}"`,
    work,
    publisher,
    page !== '' ? `p. ${page}` : pages !== '' ? `pp. ${pages}` : '',
  ]
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return text(pieces.length === 0 ? '' : `${pieces.join('. ')}.`);
}

/** {{harvnb|Barker|2005|p=320}} → "Barker 2005, p. 320" (harv/harvp add parentheses). */
function renderHarvard(call: TemplateCall): Emit[] {
  const names = call.texts().filter((t) => t !== '');
  const page = call.text('p') || call.text('page');
  const pages = call.text('pp') || call.text('pages');
  const loc = call.text('loc');
  const where = page !== '' ? `, p. ${page}` : pages !== '' ? `, pp. ${pages}` : loc !== '' ? `, ${loc}` : '';
  const year =
    names.length > 1 && /^[0-9]{3,4}[a-z]?$|^n\.d\.$/.test(names[names.length - 1]!) ? names.pop() : undefined;
  const who = names.length <= 2 ? names.join(' & ') : `${names[0]} et al.`;
  const body = `${who}${year === undefined ? '' : ` ${year}`}${where}`;
  return text(call.name === 'harv' || call.name === 'harvp' ? `(${body})` : body);
}

/** Citations are references' content: text only when the caller cleans a reference body. */
function citation(render: (call: TemplateCall) => Emit[]) {
  return (call: TemplateCall, options: HandlerOptions): Emit[] => (options.citations ? render(call) : []);
}

export const FOOTNOTE_RULES: TemplateRule[] = [
  {
    id: 'footnote',
    // Each of these makes a superscript note: a ref anchor in the value, its content never in text.
    names: [
      'sfn',
      'sfnp',
      'sfnm',
      'sfnmp',
      'snf',
      'efn',
      'efn-ua',
      'efn-lr',
      'efn-ur',
      'efn-lg',
      'efn-la',
      'efn-ll',
      'efn-ug',
      'efn-gr',
      'refn',
      'r',
      'ref',
      'cref',
      'cref2',
      'cnote',
      'cnote2',
      'notetag',
      'note tag',
      'ref label',
      'note label',
      'inflation-fn',
      'inflation/fn',
      'efn-lrl',
      'nbsp ref',
      'ran',
      'fnb',
      'fn',
      'ref note',
      'sfn whole',
      'ill-fn',
    ],
    handler: 'footnote',
    examples: [
      ['Around 600 dead{{sfn|Barker|2005|p=320}}', 'Around 600 dead'],
      ['3,000 captured{{Cref2|Note A|1}}', '3,000 captured'],
      ['{{efn|name=a|Some note with 500 men}}5 killed', '5 killed'],
    ],
  },
  {
    id: 'page-in-ref',
    // Page numbers after a ref ({{rp|89}}) and sort anchors belong to citations, not to the value.
    names: [
      'rp',
      'page',
      'pg',
      'sfnref',
      'harvid',
      'citeref',
      'wikicite/ref',
      'cnote2 begin',
      'cnote2 end',
      'note',
      'cnote2begin',
      'cnote2end',
      'reflist',
      'notelist',
      'notelist-ua',
      'notelist-lr',
      'notelist-ur',
      'notelist-lg',
      'references',
      'refs',
      'note list',
      'reference list',
      'sfn note',
      'ran list',
      'ref begin',
      'ref end',
      'refs begin',
      'refs end',
      'cbignore',
      'dead link',
      'deadlink',
      'webarchive',
      'wayback',
      'sourcecheck',
      'subscription required',
      'registration required',
      'odnbsub',
      'odnb',
      'paywall',
      'closed access',
      'open access',
      'free access',
      'inflation',
      'inflation-year',
    ],
    handler: 'drop',
    examples: [['10,695 killed<ref name=Moran/>{{rp|89}}', '10,695 killed']],
  },
  {
    id: 'citation',
    names: [
      'citation',
      'cite',
      'london gazette',
      'eb1911',
      'cite eb1911',
      'cite dnb',
      'dnb',
      'cite nsrw',
      'cite nuttall',
      'cite nie',
      'cite americana',
      'cite ce1913',
      'catholic encyclopedia',
      'cite jewish encyclopedia',
      'cite wikisource',
      'cite odnb',
      'cite ancestry',
      'cite hansard',
      'cite us code',
      'cite ebsco',
      'ussbs',
      'acmh',
      'cwgc',
      'cwgc cemetery',
      'dictionary of canadian biography',
      'cite gnis',
      'cite web archive',
      'wikicite',
      'citation/core',
      'vcite book',
      'vcite journal',
      'vcite news',
      'vcite web',
      'cite sports-reference',
      'cite isbn',
    ],
    prefixes: ['cite ', 'citation '],
    handler: citation(renderCitation),
    examples: [
      ['killed<ref>{{cite book|last=Keegan|first=John|title=The Face of Battle|year=1976|page=87}}</ref>', 'killed'],
      ['{{cite web|title=Report|url=http://example.com}}', ''],
    ],
  },
  {
    id: 'harvard',
    names: [
      'harvnb',
      'harv',
      'harvp',
      'harvtxt',
      'harvcoltxt',
      'harvcol',
      'harvcolnb',
      'harvs',
      'harvard citation',
      'harvard citation no brackets',
      'harvard citation text',
    ],
    handler: citation(renderHarvard),
    examples: [['7,000 prisoners<ref>{{harvnb|Barr||p=184}}</ref>', '7,000 prisoners']],
  },
  {
    id: 'reference-identifier',
    // Book and serial numbers print as a label and the number.
    names: ['isbn', 'issn', 'oclc', 'lccn', 'doi', 'jstor', 'pmid', 'asin', 'bibcode', 'hdl', 'ol', 'isbnt', 'gbooks'],
    handler: (call) => {
      const label = call.name === 'isbnt' ? 'ISBN' : call.name.toUpperCase();
      const ids = call.texts().filter((t) => t !== '');
      return ids.length === 0 ? [] : [{ text: `${label} ${ids.join(', ')}` }];
    },
    examples: [['{{ISBN|978-0-14-303469-6}}', 'ISBN 978-0-14-303469-6']],
  },
  {
    id: 'quote-in-ref',
    // Used inside citations to show an excerpt; keep its text.
    names: ['quote in ref', 'quotation in ref'],
    handler: (call) => nodeOf(call.arg(1)),
    examples: [['{{quote in ref|He fell.}}', 'He fell.']],
  },
];
