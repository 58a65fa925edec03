// Clean service data: text formatting templates — their text, unwrapped.
import { block, firstOf, joined, nodeOf, text } from '../../template-helpers.js';
import type { Emit, TemplateCall, TemplateRule } from '../../template-rule.js';

/** Common fractions print as one character ({{frac|1|2}} → ½). */
const VULGAR_FRACTIONS: Readonly<Record<string, string>> = {
  '1/2': '½',
  '1/3': '⅓',
  '2/3': '⅔',
  '1/4': '¼',
  '3/4': '¾',
  '1/5': '⅕',
  '1/8': '⅛',
  '3/8': '⅜',
  '5/8': '⅝',
  '7/8': '⅞',
};

/** {{frac|3|1|2}} → 3½; {{frac|1|7}} → 1/7. */
function fraction(call: TemplateCall): Emit[] {
  const parts = call.texts().filter((t) => t !== '');
  if (parts.length === 1) return text(`1/${parts[0]}`);
  const [whole, num, den] = parts.length >= 3 ? parts : ['', parts[0] ?? '', parts[1] ?? ''];
  const frac = VULGAR_FRACTIONS[`${num}/${den}`] ?? `${whole === '' ? '' : ' '}${num}/${den}`;
  return text(`${whole}${frac}`);
}

/** The last non-empty positional parameter: {{transl|ru|ALA|text}} → text. */
function lastPositional(call: TemplateCall): Emit[] {
  for (let i = call.positional.length; i >= 1; i--) {
    const v = call.arg(i);
    if (v !== undefined && String(v).trim() !== '') return [{ node: v }];
  }
  return [];
}

/** Leading arguments of {{IPAc-en}} that choose a label ("local pronunciation:"), not sounds. */
const IPAC_LABELS: ReadonlySet<string> = new Set([
  'lang',
  'local',
  'pron',
  'ipa',
  'also',
  'uk',
  'us',
  'ca',
  'au',
  'nz',
  'ie',
  'ukalso',
  'usalso',
  'icon',
  'i',
  'both',
]);

export const FORMATTING_RULES: TemplateRule[] = [
  {
    id: 'nowrap',
    names: [
      'nowrap',
      'nobr',
      'nobreak',
      'no wrap',
      'nowrap2',
      'j',
      'nwr',
      'avoid wrap',
      'wrap',
      'bold',
      'b',
      'strong',
      'em',
      'emph',
      'underline',
      'u',
      'strikethrough',
      'strike',
      's',
      'del',
      'var',
      'code',
      'mono',
      'monospace',
      'kbd',
      'samp',
      'tt',
      'center',
      'centre',
      'left',
      'right',
      'align',
      'aut',
      'sc',
      'smallcaps',
      'small caps',
      'allcaps',
      'all caps',
      'lc',
      'uc',
      'highlight',
      'tooltip2',
      'sup',
      'sub',
      'su',
      'serif',
      'sans-serif',
      'plainlink',
      'plain link',
      'noitalic',
      'nobold',
      'linktext',
      'hover title',
      'ship name',
      'hide in print',
      'only in print',
      'verse translation',
      'fix',
      'sronly',
      'screen reader-only',
    ],
    handler: (call) => firstOf(call, [1, 'text']),
    examples: [
      ['{{nowrap|800–1,000 dead}}', '800–1,000 dead'],
      ['{{nobr|2,000 wounded}}', '2,000 wounded'],
    ],
  },
  {
    id: 'italic',
    names: ['italic', 'i', 'ital', 'italics'],
    handler: { keep: [1, 'text'], mark: 'italic' },
    examples: [['{{italic|Bismarck}} sank', 'Bismarck sank']],
  },
  {
    id: 'small',
    names: ['small', 'smaller', 'midsize', 'x-small', 'xx-small', 'small text', 'smalltext', 'fs', 'font size'],
    handler: { keep: [1, 'text'], mark: 'small' },
    examples: [
      ['8 killed {{small|(Turkish figures)}}', '8 killed (Turkish figures)'],
      ['{{smaller|(est.)}}', '(est.)'],
    ],
  },
  {
    id: 'big',
    names: [
      'big',
      'larger',
      'large',
      'huge',
      'x-large',
      'xx-large',
      'resize',
      'font',
      'font color',
      'color',
      'colour',
      'fc',
      'color text',
      'bgcolor',
      'background color',
    ],
    // {{resize|90%|text}} and {{color|red|text}} put the text second.
    handler: (call) => firstOf(call, ['text', call.positional.length >= 2 ? 2 : 1]),
    examples: [
      ['{{big|Total}}', 'Total'],
      ['{{color|red|12 killed}}', '12 killed'],
      ['{{font|text=Won|size=90%}}', 'Won'],
    ],
  },
  {
    id: 'lang',
    names: ['lang', 'langx', 'language', 'native name', 'native phrase', 'script', 'rtl-lang', 'lang-rtl', 'wikt-lang'],
    handler: (call) => firstOf(call, ['text', 2]),
    examples: [
      ['{{lang|de|Schlacht bei Waterloo}}', 'Schlacht bei Waterloo'],
      ['{{langx|fr|Azincourt}}', 'Azincourt'],
    ],
  },
  {
    id: 'lang-code',
    // {{lang-de|text}} prints a language label in the article; the value only needs the text, and the
    // transliteration when one follows ({{lang-ryu|沖縄戦|Uchinaa ikusa}} → "沖縄戦, Uchinaa ikusa").
    names: ['nihongo foot'],
    prefixes: ['lang-'],
    handler: (call) =>
      call.name === 'nihongo foot' || call.text(2) === ''
        ? firstOf(call, [1, 'text'])
        : joined([call.arg(1), call.arg(2)], ', '),
    examples: [
      ['{{lang-ru|Сталинградская битва}}', 'Сталинградская битва'],
      ['{{lang-ryu|沖縄戦|Uchinaa ikusa}}', '沖縄戦, Uchinaa ikusa'],
    ],
  },
  {
    id: 'pronunciation',
    // A pronunciation in the lead is text a reader sees; dropping it left "(, with an sound)". The labels
    // MediaWiki prints around it ("local pronunciation:", "French pronunciation:") are left out.
    names: ['ipac-en', 'ipa-en', 'ipa', 'respell'],
    prefixes: ['ipac-', 'ipa-'],
    handler: (call) => {
      const parts = call.texts();
      if (call.name === 'respell') return [{ text: parts.filter((p) => p !== '').join('-') }];
      if (call.name === 'ipa') return parts[0] ? [{ text: parts[0] }] : [];
      if (call.name.startsWith('ipac-')) {
        const sounds = parts.slice(parts.findIndex((p) => !IPAC_LABELS.has(p.toLowerCase()))).join('');
        return sounds === '' || IPAC_LABELS.has(sounds.toLowerCase()) ? [] : [{ text: `/${sounds}/` }];
      }
      // {{IPA-fr|azɛ̃kuʁ|}}: a phonetic transcription, in brackets.
      return parts[0] ? [{ text: `[${parts[0]}]` }] : [];
    },
    examples: [
      ['{{IPAc-en|local|audio=En-Gettysburg-local.ogg|ˈ|ɡ|ɛ|t|ᵻ|s|b|ɜːr|ɡ}}', '/ˈɡɛtᵻsbɜːrɡ/'],
      ['with an {{IPAc-en|s}} sound', 'with an /s/ sound'],
      ['{{IPA-fr|azɛ̃kuʁ|}}', '[azɛ̃kuʁ]'],
      ['{{respell|GET|iz|burg}}', 'GET-iz-burg'],
    ],
  },
  {
    id: 'transliteration',
    names: ['transl', 'transliteration', 'translit', 'transl.', 'lang-latn'],
    handler: lastPositional,
    examples: [
      ['{{transl|ru|Stalingradskaya bitva}}', 'Stalingradskaya bitva'],
      ['{{transl|ar|DIN|Ḥalab}}', 'Ḥalab'],
    ],
  },
  {
    id: 'nihongo',
    // {{nihongo|English|漢字|rōmaji}} → "English (漢字, rōmaji)".
    names: ['nihongo', 'nihongo2', 'nihongo3', 'nihongo krt', 'chinese', 'zh', 'korean', 'vi-nom'],
    handler: (call) => {
      const [main, ...rest] = [call.arg(1), call.arg(2), call.arg(3)];
      const others = joined(rest, ', ');
      const head = nodeOf(main);
      if (others.length === 0) return head;
      return head.length === 0 ? others : [...head, { text: ' (' }, ...others, { text: ')' }];
    },
    examples: [['{{nihongo|Battle of Okinawa|沖縄戦|Okinawa-sen}}', 'Battle of Okinawa (沖縄戦, Okinawa-sen)']],
  },
  {
    id: 'abbr',
    names: ['abbr', 'abbrlink', 'tooltip', 'hover', 'h:title', 'titled', 'define', 'abbreviation', 'explain abbr'],
    handler: { keep: [1] },
    examples: [['{{abbr|KIA|killed in action}}', 'KIA']],
  },
  {
    id: 'marriage',
    // {{marriage|Name|1900|1950}}: the spouse's name is the content; the years are biography detail.
    names: ['marriage', 'married', 'm.'],
    handler: { keep: [1] },
    examples: [['{{marriage|Anne Neville|1472}}', 'Anne Neville']],
  },
  {
    id: 'sortname',
    names: ['sortname', 'sort name'],
    handler: (call) => joined([call.arg(1), call.arg(2)], ' '),
    examples: [['{{sortname|Napoleon|Bonaparte}}', 'Napoleon Bonaparte']],
  },
  {
    id: 'sort',
    // {{sort|key|shown text}}: the second parameter is what shows; a lone key shows itself.
    names: [
      'sort',
      'sortkey',
      'nts',
      'ntsh',
      'hs',
      'hidden sort key',
      'number table sorting',
      'sorttext',
      'sort number',
    ],
    handler: (call) =>
      firstOf(call, call.name === 'ntsh' || call.name === 'hs' || call.name === 'hidden sort key' ? [] : [2, 1]),
    examples: [
      ['{{sort|0500|about 500}}', 'about 500'],
      ['{{nts|1234}}', '1234'],
    ],
  },
  {
    id: 'as-of',
    names: ['as of', 'asof'],
    handler: (call) => {
      const date = call.text(1);
      const lower = call.text('lc') === 'y' || call.text('lc') === 'yes';
      return text(
        `${lower ? 'as' : 'As'} of ${[call.text(3), call.text(2), date].filter((t) => t !== '').join(' ')}`.trim(),
      );
    },
    examples: [['{{as of|2017}}', 'As of 2017']],
  },
  {
    id: 'sic',
    // {{sic}} marks a quoted error: the text is kept, followed by "[sic]".
    names: ['sic', 'sic!'],
    handler: (call) => {
      const hidden = /^(y|yes|true|1)$/i.test(call.text('hide'));
      const body = joined(
        call.positional.filter((v) => v !== undefined && String(v).trim() !== '?'),
        '',
      );
      return hidden ? body : [...body, { text: ' [sic]' }];
    },
    examples: [
      ['{{sic|Dinamite}}', 'Dinamite [sic]'],
      ['was{{sic}}', 'was [sic]'],
    ],
  },
  {
    id: 'ordinal',
    names: ['ordinal', 'ord'],
    handler: (call) => {
      const n = call.text(1);
      if (!/^[0-9]+$/.test(n)) return text(n);
      const tens = Number(n) % 100;
      const unit = Number(n) % 10;
      const suffix = tens >= 11 && tens <= 13 ? 'th' : unit === 1 ? 'st' : unit === 2 ? 'nd' : unit === 3 ? 'rd' : 'th';
      return text(`${n}${suffix}`);
    },
    examples: [
      ['{{ordinal|3}} Army', '3rd Army'],
      ['{{ordinal|11}}', '11th'],
    ],
  },
  {
    id: 'currency',
    // {{US$|100}} → "US$100": the symbol glued to the amount, as printed.
    names: [
      'us$',
      'usd',
      '£',
      'gbp',
      '€',
      'eur',
      'euro',
      'currency',
      '¥',
      'jpy',
      'inrconvert',
      '₹',
      'inr',
      'a$',
      'aud',
      'ca$',
      'cad',
    ],
    handler: (call) => {
      const symbol = CURRENCY_SYMBOLS[call.name] ?? '';
      const amount = call.text(1);
      return text(
        call.name === 'currency' ? `${amount} ${call.text(2) || call.text('code')}`.trim() : `${symbol}${amount}`,
      );
    },
    examples: [
      ['{{US$|100 million}}', 'US$100 million'],
      ['{{£|5,000}}', '£5,000'],
    ],
  },
  {
    id: 'line-break',
    names: ['break', 'br', 'crlf', 'linebreak', 'line break', 'crlf2', 'nl'],
    handler: () => [{ break: true }],
    examples: [['a{{break}}b', 'a\nb']],
  },
  {
    id: 'fraction',
    names: ['frac', 'fraction', 'fract', 'sfrac', 'mfrac'],
    handler: fraction,
    examples: [
      ['{{frac|3|1|2}} miles', '3½ miles'],
      ['{{frac|2|7}}', '2/7'],
    ],
  },
  {
    id: 'quote-block',
    // Block quotations are prose: their text on lines of their own; the attribution is left out.
    names: [
      'quote',
      'blockquote',
      'quotation',
      'bquote',
      'cquote',
      'cquote2',
      'quote frame',
      'poem quote',
      'quote text',
      'centered pull quote',
      'block quote',
      'talk quote',
      'verse',
    ],
    handler: (call) => block(firstOf(call, ['text', 'quote', 1])),
    examples: [['He said:{{quote|Up, Guards, and at them!|Wellington}}', 'He said:\nUp, Guards, and at them!']],
  },
  {
    id: 'inline-quote',
    names: ['qq', 'quote inline', 'inline quote', 'q', 'quoted', 'tq', 'text quote'],
    handler: (call) => [{ text: '"' }, ...firstOf(call, [1, 'text']), { text: '"' }],
    examples: [['{{qq|hold}}', '"hold"']],
  },
  {
    id: 'legend',
    // Map legends: the label (second parameter) on its own line.
    names: [
      'legend',
      'legend2',
      'legend-line',
      'legend line',
      'legend-table',
      'color box',
      'colorbox',
      'color-box',
      'legend inline',
      'legend0',
    ],
    handler: (call) => {
      const label = firstOf(call, [2, 'text']);
      return call.name === 'legend inline' ||
        call.name === 'color box' ||
        call.name === 'colorbox' ||
        call.name === 'color-box'
        ? label
        : block(label);
    },
    examples: [['{{legend|#ff0000|Soviet attacks}}', 'Soviet attacks']],
  },
  {
    id: 'interlanguage-link',
    names: [
      'interlanguage link',
      'ill',
      'interlanguage link multi',
      'ill2',
      'illm',
      'link-interwiki',
      'interlanguage link forced',
      'ill-wd',
    ],
    handler: (call) => {
      const target = call.text(1);
      const label = call.arg('lt');
      return target === '' ? [] : [{ link: target, content: label !== undefined ? nodeOf(label) : [{ text: target }] }];
    },
    examples: [['{{ill|Erich Bärenfänger|de}}', 'Erich Bärenfänger']],
  },
  {
    id: 'formatnum',
    names: ['formatnum', 'fmtn', 'format number', 'val', 'num'],
    handler: (call) => {
      const n = call.text(1);
      const unit = call.text('u') || call.text('ul');
      return text(`${/^[0-9]{4,}(\.[0-9]+)?$/.test(n) ? groupThousands(n) : n}${unit === '' ? '' : ` ${unit}`}`);
    },
    examples: [['{{formatnum:12500}} men', '12,500 men']],
  },
];

/** Currency templates → the symbol they print before the amount. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  us$: 'US$',
  usd: 'US$',
  '£': '£',
  gbp: '£',
  '€': '€',
  eur: '€',
  euro: '€',
  '¥': '¥',
  jpy: '¥',
  inrconvert: '₹',
  '₹': '₹',
  inr: '₹',
  a$: 'A$',
  aud: 'A$',
  ca$: 'CA$',
  cad: 'CA$',
};

function groupThousands(n: string): string {
  const [int = '', dec] = n.split('.');
  let out = '';
  for (let end = int.length; end > 0; end -= 3)
    out = int.slice(Math.max(0, end - 3), end) + (out === '' ? '' : `,${out}`);
  return dec === undefined ? out : `${out}.${dec}`;
}
