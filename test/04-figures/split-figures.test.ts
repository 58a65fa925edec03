// Tests for stage 4 (figures): splitFigures end to end on CleanValues — items, attribution, subjects, anchors, warnings.
import { describe, expect, it } from 'vitest';
import { plainValue, type CleanValue } from '../../src/_lib/clean-value.js';
import { createContext } from '../../src/_lib/context.js';
import { splitFigures } from '../../src/04-figures/split-figures.js';
import { matchParty } from '../../src/04-figures/read-attribution.js';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

const split = (text: string, parties: string[] = []) => splitFigures(plainValue(text), { mode: 'casualties', parties });
const brief = (text: string, parties: string[] = []) =>
  split(text, parties).map((f) => [f.kind, f.min, f.max, f.subject, f.source]);

describe('seed article', () => {
  it('1 injured (per Mali), 2 killed (per MNLA)', () => {
    expect(brief('1 injured (per Mali), 2 killed (per MNLA)')).toEqual([
      ['wounded', 1, 1, null, 'Mali'],
      ['killed', 2, 2, null, 'MNLA'],
    ]);
  });
  it('3 killed, 4 injured, 6 captured (per Mali)', () => {
    expect(brief('3 killed, 4 injured, 6 captured (per Mali)')).toEqual([
      ['killed', 3, 3, null, 'Mali'],
      ['wounded', 4, 4, null, 'Mali'],
      ['captured', 6, 6, null, 'Mali'],
    ]);
  });
  it('3 civilians killed, 3 injured (per MNLA)', () => {
    expect(brief('3 civilians killed, 3 injured (per MNLA)')).toEqual([
      ['killed', 3, 3, 'civilians', 'MNLA'],
      ['wounded', 3, 3, 'civilians', 'MNLA'],
    ]);
  });
});

describe('items and numbers', () => {
  it.each([
    [
      '22 killed and 61 wounded',
      [
        ['killed', 22, 22],
        ['wounded', 61, 61],
      ],
    ],
    [
      '12 KIA, 30 WIA, 2 MIA',
      [
        ['killed', 12, 12],
        ['wounded', 30, 30],
        ['missing', 2, 2],
      ],
    ],
    [
      'two killed, five wounded',
      [
        ['killed', 2, 2],
        ['wounded', 5, 5],
      ],
    ],
    [
      'Over 5,000 killed; 200 ships sunk or captured',
      [
        ['killed', 5000, null],
        ['destroyed', 200, 200],
      ],
    ],
    [
      '13,000 dead, wounded and 6000 captured',
      [
        ['casualties', 13000, 13000],
        ['captured', 6000, 6000],
      ],
    ],
    ['Around 600 dead, unknown wounded', [['killed', 600, 600]]],
    ['between 1,000 and 1,500 killed', [['killed', 1000, 1500]]],
    [
      '24,000 to 26,000 casualties, including 6,000 to 7,000 captured',
      [
        ['casualties', 24000, 26000],
        ['captured', 6000, 7000],
      ],
    ],
    [
      '7,000–10,000 (mostly killed) and about 1,500 noble prisoners (executed)',
      [
        ['casualties', 7000, 10000],
        ['captured', 1500, 1500],
      ],
    ],
    ['478,741 killed and missing', [['casualties', 478741, 478741]]],
    ['6,000 killed or drowned', [['killed', 6000, 6000]]],
    [
      '3 civilians killed\n2 tanks destroyed',
      [
        ['killed', 3, 3],
        ['destroyed', 2, 2],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(split(text).map((f) => [f.kind, f.min, f.max])).toEqual(want);
  });

  it('splits figures run together without a separator', () => {
    expect(split('4 killed 10 wounded (per Mali)').map((f) => [f.kind, f.min, f.source])).toEqual([
      ['killed', 4, 'Mali'],
      ['wounded', 10, 'Mali'],
    ]);
  });
  it('starts a new label when `X: N` runs on after a figure', () => {
    expect(split('3,300 missing Prussians: 7,000\n1,200 killed').map((f) => [f.kind, f.min, f.party])).toEqual([
      ['missing', 3300, null],
      ['casualties', 7000, 'Prussians'],
      ['killed', 1200, 'Prussians'],
    ]);
  });
  it('ignores ratios and ordinals', () => {
    expect(split('12,000 (outnumbering the English 4:3)\n1st Battalion').map((f) => f.min)).toEqual([12000]);
  });
  it('keeps a plain adjective with its marker: Modern estimates', () => {
    expect(split('Modern estimates:\n6,000 killed')[0]!.source).toBe('Modern estimates');
  });
  it('keeps a comma list of equipment as one subject', () => {
    const [f] = split('743 artillery pieces, anti-tank guns, and anti-aircraft guns');
    expect(f).toMatchObject({
      kind: 'destroyed',
      min: 743,
      subject: 'artillery pieces, anti-tank guns, and anti-aircraft guns',
    });
  });
  it('shares the noun of an elliptical pair', () => {
    expect(split('64 German and 20 Italian aircraft').map((f) => [f.kind, f.min, f.subject])).toEqual([
      ['destroyed', 64, 'aircraft'],
      ['destroyed', 20, 'aircraft'],
    ]);
  });
  it('marks (estimated) as approximate', () => {
    expect(split('1,200 killed (estimated)')[0]).toMatchObject({ min: 1200, approximate: true, source: null });
  });
  it('reads a total line', () => {
    expect(split('3 killed\n5 wounded\nTotal: 8 casualties').map((f) => f.total)).toEqual([false, false, true]);
  });
  it('records the fragment and the rule', () => {
    expect(split('3 civilians killed, 4 injured')[1]).toMatchObject({ text: '4 injured', rule: 'number-kind' });
  });
});

describe('attribution', () => {
  it.each([
    ['40 killed (Israeli claim)\n9 killed (Hezbollah claim)', ['Israeli', 'Hezbollah']],
    ['50–80 killed (British estimate)\n150 killed (German estimate)', ['British', 'German']],
    ['11 dead, 30 injured (per hospital officials)', ['hospital officials', 'hospital officials']],
    ['2 killed\n(Government claim)\n10 killed\n(Rebel claim)', ['Government', 'Rebel']],
    [
      '10,000 killed\n(Roman sources)\n50,000 killed\n(Carthaginian sources)',
      ['Roman sources', 'Carthaginian sources'],
    ],
    ['Per the army:\n14 killed\n20 wounded\nPer the insurgents:\n90 killed', ['army', 'army', 'insurgents']],
    ['Mali claims: 8 killed', ['Mali']],
    [
      'According to Amnesty International: 31 civilians killed, 80 injured',
      ['Amnesty International', 'Amnesty International'],
    ],
    ['1,000–3,000 dead (modern estimates)', ['modern estimates']],
    ['5 killed (according to the UN)', ['UN']],
    [
      '192 Athenians,\n11 Plataeans (Herodotus)\n1,000 dead (modern estimates)',
      ['Herodotus', 'Herodotus', 'modern estimates'],
    ],
    ['6 killed, 14 arrested (per police)', ['police', 'police']],
    ['8 killed, 20 wounded, 1 missing (Turkish figures)', ['Turkish', 'Turkish', 'Turkish']],
    ['120 killed per Ukraine', ['Ukraine']],
  ] as const)('%s', (text, sources) => {
    expect(split(text).map((f) => f.source)).toEqual(sources);
  });

  it('reads a bare (X) as a source when X is a party', () => {
    expect(split('5 killed (mostly civilians)')[0]!.source).toBeNull();
    expect(split('3 killed (Mali)\n2 killed (MNLA)', ['Mali', 'MNLA']).map((f) => f.source)).toEqual(['Mali', 'MNLA']);
  });
  it('treats a combatant header as the party, not the source', () => {
    const figures = split('Total: 24,000\nAnglo-allies: 17,000\n3,500 killed\nPrussians: 7,000\n1,200 killed', [
      'United Kingdom',
      'Prussia',
    ]);
    expect(figures.map((f) => [f.min, f.source, f.party])).toEqual([
      [24000, null, null],
      [17000, null, 'Anglo-allies'],
      [3500, null, 'Anglo-allies'],
      [7000, null, 'Prussia'],
      [1200, null, 'Prussia'],
    ]);
  });
});

describe('anchors', () => {
  it('attaches a ref anchor to the figure before it', () => {
    const value: CleanValue = {
      ...plainValue('5 killed\n9 wounded'),
      refs: [
        { offset: 8, id: 'a' },
        { offset: 18, id: 'b' },
      ],
    };
    expect(splitFigures(value, { mode: 'casualties' }).map((f) => f.refs)).toEqual([['a'], ['b']]);
  });
  it('sets the party from a flag before the figure', () => {
    const text = '400,000\n114,000';
    const value: CleanValue = {
      ...plainValue(text),
      flags: [
        { offset: 0, country: 'Nazi Germany' },
        { offset: 8, country: 'Kingdom of Italy' },
      ],
    };
    expect(splitFigures(value, { mode: 'casualties' }).map((f) => f.party)).toEqual([
      'Nazi Germany',
      'Kingdom of Italy',
    ]);
  });
  it('carries a flag on a header line forward', () => {
    const value: CleanValue = {
      ...plainValue('Japanese\n100 killed'),
      flags: [{ offset: 0, country: 'Empire of Japan' }],
    };
    expect(splitFigures(value, { mode: 'casualties' })[0]).toMatchObject({ party: 'Empire of Japan', source: null });
  });
  it('reads an italic (per X) line as the attribution of the figures above', () => {
    const value: CleanValue = {
      ...plainValue('9 killed\n(per France)'),
      marks: [{ start: 9, end: 21, kind: 'italic' }],
    };
    expect(splitFigures(value, { mode: 'casualties' })[0]).toMatchObject({ kind: 'killed', source: 'France' });
  });
});

describe('no figure', () => {
  it.each([
    'Unknown',
    'Heavy',
    'None',
    'Minimal',
    'heavy',
    'unknown, minor',
    'Light',
    'dozens',
    'several hundred killed',
    'Hundreds killed',
    'Many',
    'See casualties section',
    'unknown wounded',
  ])('%s', (text) => {
    expect(split(text)).toEqual([]);
  });
});

describe('strength', () => {
  it('3,000 infantry, 12 tanks, 4 aircraft', () => {
    const figures = splitFigures(plainValue('3,000 infantry, 12 tanks, 4 aircraft'), { mode: 'strength' });
    expect(figures.map((f) => [f.kind, f.min, f.subject])).toEqual([
      ['strength', 3000, 'infantry'],
      ['strength', 12, 'tanks'],
      ['strength', 4, 'aircraft'],
    ]);
  });
});

describe('warnings', () => {
  it('warns unparsed-figure for a line with a digit and no figure', () => {
    const ctx = createContext();
    splitFigures(plainValue('3 killed\nambushed at 12:30'), { mode: 'casualties', field: 'casualties1' }, ctx);
    expect(ctx.warnings).toEqual([expect.objectContaining({ code: 'unparsed-figure', field: 'casualties1' })]);
  });
  it.each(['see note 4b, 1st Battalion', '9th Cuirassier Regiment', '74-gun HMS Berwick', '2 100mm guns'])(
    'does not warn for %s, whose digits count nothing',
    (line) => {
      const ctx = createContext();
      splitFigures(plainValue(`3 killed\n${line}`), { mode: 'strength', field: 'strength1' }, ctx);
      expect(ctx.warnings).toEqual([]);
    },
  );
  it('does not warn when every line with a digit makes a figure', () => {
    const ctx = createContext();
    splitFigures(plainValue('3 killed\n4 wounded'), { mode: 'casualties', field: 'casualties1' }, ctx);
    expect(ctx.warnings).toEqual([]);
  });
});

describe('growth: 4× the text takes about 4× the time, not 16× (test/helpers/growth.ts)', () => {
  const splitWarned = (text: string) => {
    const ctx = createContext();
    const figures = splitFigures(plainValue(text), { mode: 'casualties', parties: [] }, ctx);
    return { figures: figures.map((f) => [f.kind, f.min]), warnings: ctx.warnings.map((w) => w.code) };
  };
  it('splits a 25 KB vs a 100 KB value in linear time', () => {
    const line = '1,200–1,500 civilians killed, 3 injured (per Mali), about 40 tanks destroyed; ';
    const m = measureGrowth(
      (bytes) =>
        Array.from({ length: Math.ceil(bytes / line.length) }, (_, i) => (i % 5 === 4 ? `${line}\n` : line)).join(''),
      (text) => split(text),
      { small: 25_000 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output.length).toBeGreaterThan(3000);
  });
  it.each([
    [
      'nested parentheses (12,500 vs 50,000)',
      (n: number) => `${'('.repeat(n)}3 killed${')'.repeat(n)}`,
      12_500,
      { figures: [], warnings: ['unparsed-figure'] },
    ],
    [
      'a long run of spaces between kinds (100,000 vs 400,000)',
      (n: number) => `killed${' '.repeat(n)}wounded 3`,
      100_000,
      { figures: [], warnings: ['unparsed-figure'] },
    ],
    [
      'separators with no numbers (5,000 vs 20,000)',
      (n: number) => `3 killed${', and'.repeat(n)} 4 wounded`,
      5_000,
      {
        figures: [
          ['killed', 3],
          ['wounded', 4],
        ],
        warnings: [],
      },
    ],
    [
      'number words only (1,750 vs 7,000)',
      (n: number) => 'one two three '.repeat(n),
      1_750,
      { figures: [], warnings: [] },
    ],
    [
      'one line of "killed " without separators (3,750 vs 15,000)',
      (n: number) => `${'killed '.repeat(n)}3`,
      3_750,
      { figures: [], warnings: ['unparsed-figure'] },
    ],
  ])('splits %s in linear time', (_name, make, small, expected) => {
    const m = measureGrowth(make, splitWarned, { small, ladder: 2 });
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toEqual(expected);
  });
});

describe('matchParty: which combatant a flag or header names', () => {
  const parties = ['Germany', 'Kingdom of Romania', 'Italy', 'Hungary', 'United States', 'Mali'];
  it.each([
    ['Kingdom of Italy', 'Italy'],
    ['Kingdom of Hungary', 'Hungary'],
    ['Nazi Germany', 'Germany'],
    ['Kingdom of Romania', 'Kingdom of Romania'],
    ['Malian forces', 'Mali'],
    ['United Kingdom', null],
    ['Kingdom of Serbia', null],
  ])('%s', (name, expected) => {
    expect(matchParty(name, parties)).toBe(expected);
  });

  it('gives each flagged line the party its flag names', () => {
    const figures = splitFigures(
      cleanWikitext(
        '{{Unbulleted list|{{Flagicon|Nazi Germany}} 400,000|{{Flagicon|Kingdom of Italy}} 114,000|{{Flagicon|Kingdom of Hungary}} 105,000}}',
        createContext(),
      ),
      { mode: 'casualties', parties: ['Germany', 'Kingdom of Romania', 'Italy', 'Hungary'] },
    );
    expect(figures.map((f) => [f.min, f.party])).toEqual([
      [400000, 'Germany'],
      [114000, 'Italy'],
      [105000, 'Hungary'],
    ]);
  });
});

describe('a later figure after "rising to" is its own item', () => {
  it.each([
    [
      '183,000 combat troops rising to c. 250,000',
      [
        [183000, 183000, false],
        [250000, 250000, true],
      ],
    ],
    [
      '30,000 increasing to 45,000',
      [
        [30000, 30000, false],
        [45000, 45000, false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(
      splitFigures(plainValue(text), { mode: 'strength', parties: [] }).map((f) => [f.min, f.max, f.approximate]),
    ).toEqual(expected);
  });
});

describe('shares and parenthesised numbers', () => {
  it('reads no count from a fraction, and warns about none', () => {
    const ctx = createContext();
    expect(
      splitFigures(plainValue('About 5/6 longbowmen, 1/6 dismounted knights'), { mode: 'strength', parties: [] }, ctx),
    ).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it('keeps "X and Y (of which N …)" one item whose subject stops at the parenthesis', () => {
    const figures = splitFigures(
      plainValue(
        'About 10,000 knights and men-at-arms (of which about 1,200 were mounted), unknown thousands of other infantry',
      ),
      { mode: 'strength', parties: [] },
    );
    expect(figures.map((f) => [f.min, f.approximate, f.subject, f.detail])).toEqual([
      [10000, true, 'knights and men-at-arms', 'of which about 1,200 were mounted'],
    ]);
  });
});

describe('cross-references and separated words name no subject', () => {
  it('drops a trailing "See … section" piece instead of reading its kind word', () => {
    expect(brief('1,500 tanks, 6,000 guns, See casualties section')).toEqual([
      ['destroyed', 1500, 1500, 'tanks', null],
      ['destroyed', 6000, 6000, 'guns', null],
    ]);
  });

  it('starts no subject across a comma or parenthesis', () => {
    const figures = splitFigures(
      plainValue('Modern estimates range from 6,000 to 9,000, (see Numbers.) About 5/6 longbowmen'),
      { mode: 'strength', parties: [] },
    );
    expect(figures.map((f) => [f.min, f.max, f.subject])).toEqual([[6000, 9000, null]]);
  });

  it('reads a subject after an aside in parentheses', () => {
    const figures = splitFigures(plainValue('732 (402 operational) aircraft'), { mode: 'strength', parties: [] });
    expect(figures[0]?.subject).toBe('aircraft');
  });
});

describe('a parenthesis naming a unit with a number in it is no figure', () => {
  it.each([
    ['600 aircraft, 1,600 by mid-September (Luftflotte 4)', [600, 1600]],
    ['88 ships (Task Force 58)', [88]],
    ['202 captured (183 foreign laborers, 19 Japanese soldiers)', [202]],
  ])('%s', (text, mins) => {
    expect(split(text).map((f) => f.min)).toEqual(mins);
  });
});

describe('a range split by its subject', () => {
  const strength = (text: string) =>
    splitFigures(plainValue(text), { mode: 'strength' }).map((f) => [f.kind, f.min, f.max, f.subject]);
  it.each([
    ['496 anti-tank guns – 1,063', [['strength', 496, 1063, 'anti-tank guns']]],
    ['c. 300 tanks to 450', [['strength', 300, 450, 'tanks']]],
    ['40 ships – 60+', [['strength', 40, null, 'ships']]],
  ] as const)('%s', (text, want) => {
    expect(strength(text)).toEqual(want);
  });
  it.each([
    // a second number far beyond the first is no upper bound (a year here)
    ['12 tanks – 1944', [['strength', 12, 12, 'tanks']]],
    // a lower second number is no range
    ['1,063 guns – 496', [['strength', 1063, 1063, 'guns']]],
  ] as const)('not a range: %s', (text, want) => {
    expect(strength(text).slice(0, 1)).toEqual(want);
  });
  it('reads the joined range in a casualties field with the equipment kind', () => {
    expect(brief('300 tanks – 450')).toEqual([['destroyed', 300, 450, 'tanks', null]]);
  });
});
