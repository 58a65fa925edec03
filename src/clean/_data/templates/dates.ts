// Clean service data: date and age templates → readable dates ("8 November 2013") the date interpreter parses.
import { daysBetween, diffYmd, formatDate, joinUnits, toYmd } from '../../format-date.js';
import { firstOf, text } from '../../template-helpers.js';
import type { Emit, TemplateCall, TemplateRule } from '../../template-rule.js';

/** Year/month/day at positional offset `at` (1-based), or the raw text when the year is not numeric. */
function dateAt(call: TemplateCall, at: number): string {
  const [y = '', m = '', d = ''] = [call.text(at), call.text(at + 1), call.text(at + 2)];
  return formatDate(y, m, d) || y;
}

/** {{start date|2013|11|8}}: one date from the first three positionals. */
function oneDate(call: TemplateCall): Emit[] {
  return text(dateAt(call, 1));
}

/** {{dts|…}}: numeric parts, or a date already written out, or a year first with a month name. */
function sortableDate(call: TemplateCall): Emit[] {
  const parts = call.texts().filter((p) => p !== '');
  const [first = ''] = parts;
  if (parts.length >= 2 && /^-?[0-9]{1,4}$/.test(first)) return text(formatDate(first, parts[1] ?? '', parts[2] ?? ''));
  return text(parts.join(' '));
}

/** Named or positional year/month/day for the age templates ({{age in years and days|month1=…}}). */
function agePair(call: TemplateCall): [ReturnType<typeof toYmd>, ReturnType<typeof toYmd>] {
  if (call.arg('year1') !== undefined) {
    return [
      toYmd(call.text('year1'), call.text('month1'), call.text('day1')),
      toYmd(call.text('year2'), call.text('month2'), call.text('day2')),
    ];
  }
  const t = call.texts();
  return [toYmd(t[0] ?? '', t[1] ?? '', t[2] ?? ''), toYmd(t[3] ?? '', t[4] ?? '', t[5] ?? '')];
}

/** Units each age template prints: y(ears) m(onths) w(eeks) d(ays). */
const AGE_UNITS: Readonly<Record<string, string>> = {
  age: 'y',
  'age in years': 'y',
  'age in years and days': 'yd',
  'years and days': 'yd',
  yd: 'yd',
  'age in years and months': 'ym',
  'age in years, months and days': 'ymd',
  ymd: 'ymd',
  'age in years, months, weeks and days': 'ymwd',
  'age in months, weeks and days': 'mwd',
  'age in weeks and days': 'wd',
  'age in days': 'd',
};

/** {{age in years, months, weeks and days|…}}: the span in the units the name lists. Needs both dates. */
function ageSpan(call: TemplateCall): Emit[] {
  const [a, b] = agePair(call);
  if (a === null || b === null) return [];
  const want = AGE_UNITS[call.name] ?? 'y';
  const span = diffYmd(a, b);
  const units: Array<[number, string]> = [];
  const years = want.includes('y') ? span.y : 0;
  if (want.includes('y')) units.push([years, 'year']);
  let days: number;
  if (want.includes('m')) {
    units.push([span.m + (years === span.y ? 0 : span.y * 12), 'month']);
    days = span.d;
  } else {
    days = daysBetween({ y: a.y + years, m: a.m, d: a.d }, b);
  }
  if (want.includes('w')) units.push([Math.floor(days / 7), 'week'], [days % 7, 'day']);
  else if (want.includes('d')) units.push([days, 'day']);
  return text(want === 'y' ? String(years) : joinUnits(units));
}

export const DATE_RULES: TemplateRule[] = [
  {
    id: 'start-date',
    names: [
      'start date',
      'end date',
      'start-date',
      'end-date',
      'birth date',
      'death date',
      'birth date and age',
      'dob',
      'bda',
      'start date and age',
      'end date and age',
      'film date',
      'release date',
    ],
    handler: oneDate,
    examples: [
      ['{{start date|2013|11|8}}', '8 November 2013'],
      ['{{End date|1943|2}}', 'February 1943'],
      ['{{start date|1942}}', '1942'],
      ['{{birth date|1769|8|15|df=y}}', '15 August 1769'],
    ],
  },
  {
    id: 'year-and-age',
    // The year is fixed; the age printed beside it is not.
    names: [
      'death year and age',
      'birth year and age',
      'birth-year and age',
      'death-year and age',
      'year',
      'birth year',
      'death year',
    ],
    handler: (call) => text(call.text(1)),
    examples: [['{{death year and age|1815|1769}}', '1815']],
  },
  {
    id: 'start-and-end-dates',
    names: ['start and end dates', 'start and end date', 'start-end dates'],
    handler: (call) => {
      const from = dateAt(call, 1);
      const to = dateAt(call, 4);
      return text(to === '' ? from : `${from} – ${to}`);
    },
    examples: [['{{start and end dates|1942|8|23|1943|2|2}}', '23 August 1942 – 2 February 1943']],
  },
  {
    id: 'death-date-and-age',
    // The age at death is fixed, unlike a living person's age: compute it.
    names: ['death date and age', 'dda', 'death-date and age'],
    handler: (call) => {
      const date = dateAt(call, 1);
      const [death, birth] = [
        toYmd(call.text(1), call.text(2), call.text(3)),
        toYmd(call.text(4), call.text(5), call.text(6)),
      ];
      return text(death !== null && birth !== null ? `${date} (aged ${diffYmd(birth, death).y})` : date);
    },
    examples: [['{{death date and age|1993|2|24|1921|3|3}}', '24 February 1993 (aged 71)']],
  },
  {
    id: 'dts',
    names: ['dts', 'date table sorting', 'sort date', 'sortdate', 'dtsort'],
    handler: sortableDate,
    examples: [
      ['{{dts|1942|8|23}}', '23 August 1942'],
      ['{{dts|23 August 1942}}', '23 August 1942'],
      ['{{dts|1815|Jun|18}}', '18 June 1815'],
    ],
  },
  {
    id: 'circa',
    names: ['circa', 'c.', 'ca', 'ca.', 'approx', 'approximately', 'c'],
    handler: (call) => [{ text: 'c. ' }, ...firstOf(call, [1])],
    examples: [
      ['{{circa|500}} tanks', 'c. 500 tanks'],
      ['{{c.|1200}}', 'c. 1200'],
      ['{{circa}} 700 killed', 'c. 700 killed'],
    ],
  },
  {
    id: 'era',
    // {{BC|490}} → "490 BC"; {{AD|1066}} → "AD 1066".
    names: ['bc', 'bce', 'ad', 'ce'],
    handler: (call) => {
      const era = call.name.toUpperCase();
      const year = call.text(1);
      return text(year === '' ? era : era === 'AD' ? `AD ${year}` : `${year} ${era}`);
    },
    examples: [
      ['{{BC|490}}', '490 BC'],
      ['{{AD|1066}}', 'AD 1066'],
    ],
  },
  {
    id: 'floruit',
    names: ['fl.', 'floruit', 'fl', 'reign', 'r.', 'died', 'd.', 'born', 'b.'],
    handler: (call) => {
      const word =
        (
          {
            'fl.': 'fl.',
            floruit: 'fl.',
            fl: 'fl.',
            reign: 'r.',
            'r.': 'r.',
            died: 'd.',
            'd.': 'd.',
            born: 'b.',
            'b.': 'b.',
          } as Record<string, string>
        )[call.name] ?? '';
      const years = call.texts().filter((t) => t !== '');
      return text(years.length === 0 ? word : `${word} ${years.join('–')}`);
    },
    examples: [
      ['{{fl.|1200}}', 'fl. 1200'],
      ['{{reign|1066|1087}}', 'r. 1066–1087'],
    ],
  },
  {
    id: 'old-style-date',
    // {{OldStyleDate|14 October|1066|8 October}}: the new-style date, the old style in brackets.
    names: [
      'oldstyledate',
      'osd',
      'old style date',
      'oldstyledatedy',
      'oldstyledateny',
      'old style date dy',
      'old style date ny',
    ],
    handler: (call) => {
      const [date = '', year = '', old = ''] = call.texts();
      const main = [date, year].filter((s) => s !== '').join(' ');
      return text(old === '' ? main : `${main} [O.S. ${old}]`);
    },
    examples: [['{{OldStyleDate|14 October|1066|8 October}}', '14 October 1066 [O.S. 8 October]']],
  },
  {
    id: 'age-span',
    // Spans between two given dates are fixed; with one date the age depends on today: print nothing.
    names: [
      'age',
      'age in years',
      'age in years and days',
      'age in years and months',
      'age in years, months and days',
      'age in years, months, weeks and days',
      'age in months, weeks and days',
      'age in weeks and days',
      'age in days',
      'years and days',
      'ymd',
      'yd',
    ],
    handler: ageSpan,
    examples: [
      [
        '({{Age in years, months, weeks and days|month1=08|day1=23|year1=1942|month2=02|day2=02|year2=1943}})',
        '(5 months, 1 week and 3 days)',
      ],
      ['{{age in years and days|1942|8|23|1943|2|2}}', '163 days'],
      ['{{age|1921|3|3|1993|2|24}}', '71'],
    ],
  },
];
