// Tests for stage 4 (figures): the families of real-infobox patterns issue 13 names, each from strings written for
// this test (none is in a labelled set): periods, scales, totals, labels, breakdowns, names and shares.
import { describe, expect, it } from 'vitest';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';
import { createContext } from '../../src/_lib/context.js';
import { splitFigures } from '../../src/04-figures/split-figures.js';
import type { Figure } from '../../src/model/figure.js';

function split(wikitext: string, mode: 'casualties' | 'strength' = 'casualties', parties: string[] = []): Figure[] {
  const ctx = createContext();
  return splitFigures(cleanWikitext(wikitext, ctx), { mode, parties }, ctx);
}
const pick = (figures: Figure[], ...keys: Array<keyof Figure>) => figures.map((f) => keys.map((k) => f[k]));

describe('periods qualify figures and are never counted', () => {
  it.each([
    ['4,500 died of typhus (1741–1743)', 'casualties', [['killed', 4500, '1741–1743']]],
    ['210 galleys (1571–73)', 'casualties', [['destroyed', 210, '1571–73']]],
    [
      '85,000 (1917)<br>110,000 (1918)',
      'strength',
      [
        ['strength', 85000, '1917'],
        ['strength', 110000, '1918'],
      ],
    ],
    ['{{flagicon|France}} 40,000 (1809)', 'strength', [['strength', 40000, '1809']]],
    [
      "'''1861–1863:'''<br>4,000 killed<br>'''1864–1865:'''<br>2,500 killed",
      'casualties',
      [
        ['killed', 4000, '1861–1863'],
        ['killed', 2500, '1864–1865'],
      ],
    ],
    [
      "'''August 1916:'''<br>12,000 men<br>'''June 1917:'''<br>19,000 men",
      'strength',
      [
        ['strength', 12000, 'August 1916'],
        ['strength', 19000, 'June 1917'],
      ],
    ],
    [
      "'''1916'''<br>40,000 troops<br>'''1917'''<br>52,000 troops",
      'strength',
      [
        ['strength', 40000, '1916'],
        ['strength', 52000, '1917'],
      ],
    ],
    ['*2,000,000 dead\n*(1914–1918)', 'casualties', [['killed', 2000000, '1914–1918']]],
    ['30,000 killed in 1513 alone', 'casualties', [['killed', 30000, '1513']]],
    ["'''12 October:'''<br>9,000 men", 'strength', [['strength', 9000, '12 October']]],
    ['600 reinforcements (3 June)', 'strength', [['strength', 600, '3 June']]],
  ] as const)('%s', (text, mode, want) => {
    expect(pick(split(text, mode), 'kind', 'min', 'period')).toEqual(want);
  });

  it.each([
    ['1500', 'strength', [['strength', 1500]]],
    ['c. 1200 killed', 'casualties', [['killed', 1200]]],
    ['1000–1500 killed', 'casualties', [['killed', 1000]]],
    ['1600 men', 'strength', [['strength', 1600]]],
  ] as const)('%s keeps its count', (text, mode, want) => {
    expect(pick(split(text, mode), 'kind', 'min')).toEqual(want);
  });
});

describe('phases label the figures under them', () => {
  it('reads stage headers, dated or not', () => {
    const figures = split("'''Initial:'''<br>40,000 men<br>'''At the end of the siege:'''<br>65,000 men", 'strength');
    expect(pick(figures, 'min', 'phase', 'party', 'source')).toEqual([
      [40000, 'Initial', null, null],
      [65000, 'At the end of the siege', null, null],
    ]);
    expect(pick(split("'''Spring offensive (March 1918):'''<br>12,000 killed"), 'min', 'phase', 'period')).toEqual([
      [12000, 'Spring offensive', 'March 1918'],
    ]);
  });
});

describe('scale words on ranges and decimals', () => {
  it.each([
    ['1.5–2.5 million civilians killed', [['killed', 1500000, 2500000]]],
    ['3–4 lakh displaced', [['displaced', 300000, 400000]]],
    ['0.8 to 1.1 million dead', [['killed', 800000, 1100000]]],
  ] as const)('%s', (text, want) => {
    expect(pick(split(text), 'kind', 'min', 'max')).toEqual(want);
  });
});

describe('the kind word wins over "total"', () => {
  it.each([
    ['12,000–15,000 total dead', [['killed', 12000, 15000, true]]],
    ['Total dead: 2,300', [['killed', 2300, 2300, true]]],
    ['4,100 total', [['casualties', 4100, 4100, true]]],
  ] as const)('%s', (text, want) => {
    expect(pick(split(text), 'kind', 'min', 'max', 'total')).toEqual(want);
  });
});

describe('a figure broken down in parentheses is one figure', () => {
  it.each([
    ['45 captured (30 later released, 4 hanged)', [['captured', 45, '30 later released, 4 hanged']]],
    ['2,600 aircraft (1,900 serviceable)', [['destroyed', 2600, '1,900 serviceable']]],
    ['9,000 men (6,000 infantry and 3,000 horse)', [['casualties', 9000, '6,000 infantry and 3,000 horse']]],
  ] as const)('%s', (text, want) => {
    expect(pick(split(text), 'kind', 'min', 'detail')).toEqual(want);
  });

  it('reads a count and a qualified range in its parenthesis as two figures', () => {
    expect(
      pick(split('Three (four or possibly six wounded after the ambush)'), 'kind', 'min', 'max', 'approximate'),
    ).toEqual([
      ['casualties', 3, 3, false],
      ['wounded', 4, 6, true],
    ]);
  });

  it('keeps a larger count in parentheses, which is another estimate, as a figure of the same kind', () => {
    // the label inside the parenthesis is not read as its source (a README limit)
    expect(pick(split('7,000 killed (Persian sources: 20,000)'), 'kind', 'min', 'detail')).toEqual([
      ['killed', 7000, null],
      ['killed', 20000, null],
    ]);
  });
});

describe('kind words of real infoboxes', () => {
  it.each([
    ['61,000 wounded and sick', [['wounded', 61000]]],
    ['8,000 sick and wounded', [['wounded', 8000]]],
    ['700 sick', [['casualties', 700]]],
    ['3,000 interned', [['captured', 3000]]],
    ['4,000 inhabitants enslaved', [['captured', 4000]]],
    [
      '2 tugs<br>4 barges',
      [
        ['destroyed', 2],
        ['destroyed', 4],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(pick(split(text), 'kind', 'min')).toEqual(want);
  });
});

describe('numbers that count nothing', () => {
  it.each([
    ['3,100 (14%)', [3100]],
    ['about 60% of the garrison', []],
    ['900 (12 per cent)', [900]],
    ['[[No. 7 Squadron RAF|7 Squadron]]<br>[[No. 12 Squadron RAF|12 Squadron]]', []],
    ['120 [[Junkers Ju 87|Ju 87]]s', [120]],
    ['2 [[Ship of the line|74-gun ships]]', [2]],
    ['+300', [300]],
  ] as const)('%s', (text, mins) => {
    expect(split(text, 'strength').map((f) => f.min)).toEqual(mins);
  });

  it('reads a leading + as a lower bound', () => {
    expect(pick(split('+300 killed'), 'min', 'max')).toEqual([[300, null]]);
  });
});

describe('nested lists keep their structure', () => {
  it('gives a label on a list item to that item and its children only', () => {
    const figures = split('Allies: 52,000\n* Bavaria: 14,000\n** 40 guns\n* 120 guns\nFrance: 60,000', 'strength', [
      'Allies',
      'Bavaria',
      'France',
    ]);
    expect(pick(figures, 'min', 'party')).toEqual([
      [52000, 'Allies'],
      [14000, 'Bavaria'],
      [40, 'Bavaria'],
      [120, 'Allies'],
      [60000, 'France'],
    ]);
  });
  it('keeps a header item (a label with no figure) over the items after it', () => {
    const figures = split(
      "{{plainlist|\n* '''Bavaria:'''\n* 3,000 killed\n* 1,000 wounded\n* '''Saxony:'''\n* 800 killed}}",
      'casualties',
      ['Bavaria', 'Saxony'],
    );
    expect(pick(figures, 'min', 'party')).toEqual([
      [3000, 'Bavaria'],
      [1000, 'Bavaria'],
      [800, 'Saxony'],
    ]);
  });
});

describe('labels before a colon: party or source', () => {
  const parties = ['First French Empire', 'United Kingdom', 'Kingdom of Prussia', 'Duchy of Brunswick'];
  it.each([
    // a side of the article, or a group of sides, is the party
    ['United Kingdom: 3,500 killed', [[3500, 'United Kingdom', null]]],
    ['Prussians: 1,200 killed', [[1200, 'Kingdom of Prussia', null]]],
    [
      'United Kingdom: 3,500 killed\nOther Coalition:\n1,200 killed',
      [
        [3500, 'United Kingdom', null],
        [1200, 'Other Coalition', null],
      ],
    ],
    // a chronicle, history or study, an italic title or author, or an estimate is who claims the figure
    ['* Annales Regni Francorum: 4,000–9,000 killed', [[4000, null, 'Annales Regni Francorum']]],
    ["''Chronicon Paschale'':<br>6,000 killed", [[6000, null, 'Chronicon Paschale']]],
    ["'''''Delbrück:'''''<br>5,000 killed", [[5000, null, 'Delbrück']]],
    ['British estimate: 2,000 killed', [[2000, null, 'British']]],
    ['french official history: 900 killed', [[900, null, 'french official history']]],
    // an order-of-battle link is neither
    ['72,000 ([[Order of battle of the Waterloo campaign|OOB]])', [[72000, null, null]]],
  ] as const)('%s', (text, want) => {
    expect(pick(split(text, 'casualties', [...parties]), 'min', 'party', 'source')).toEqual(want);
  });
});

describe('a parenthesis on lines of its own belongs to the figure above it', () => {
  it.each([
    ['4,100 total\n(1,200 killed;\n2,900 wounded)', [[4100, '1,200 killed;\n2,900 wounded']]],
    ['2,000,000 dead\n(1914–1918)', [[2000000, null]]],
  ] as const)('%j', (text, want) => {
    expect(pick(split(text.replace(/\n/g, '<br>')), 'min', 'detail')).toEqual(want);
  });
  it('joins only the first of a run of parenthesis lines, so no line grows without bound', () => {
    expect(split('(1 killed)<br>(2 killed)<br>(3 killed)').map((f) => f.min)).toEqual([1, 2, 3]);
  });
});

describe('audit leftovers, as families', () => {
  it.each([
    ['at least 300 wagons (1917 only)', [['destroyed', 300, '1917']]],
    [
      'a) 2,000\nb) 3,500',
      [
        ['casualties', 2000, '2,000'],
        ['casualties', 3500, '3,500'],
      ],
    ],
  ] as const)('%j', (text, want) => {
    expect(pick(split(text.replace(/\n/g, '<br>')), 'kind', 'min', text.includes('only') ? 'period' : 'text')).toEqual(
      want,
    );
  });
  it('reads "as high as" as an upper bound', () => {
    expect(pick(split('wounded possibly as high as 4,000'), 'kind', 'min', 'max', 'approximate')).toEqual([
      ['wounded', null, 4000, true],
    ]);
  });
});
