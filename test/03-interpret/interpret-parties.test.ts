// Tests for stage 3 (interpret): parties of a cell — links, flags, groups, qualifiers, rows — and the header/qualifier tables.
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, matchHeader } from '../../src/03-interpret/_data/group-headers.js';
import { QUALIFIER_EXAMPLES, isQualifierText } from '../../src/03-interpret/_data/qualifier-words.js';
import { interpretParties, interpretUnits } from '../../src/03-interpret/interpret-parties.js';
import { plainValue, type CleanValue } from '../../src/_lib/clean-value.js';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';

const wiki = { row: '', commas: false };

/** Builds a CleanValue from lines, linking/flagging/marking whole lines by index. */
function cell(
  lines: string[],
  opts: {
    links?: Record<number, string>;
    flags?: Record<number, string>;
    marks?: Record<number, CleanValue['marks'][number]['kind']>;
  } = {},
): CleanValue {
  const value = plainValue(lines.join('\n'));
  let offset = 0;
  lines.forEach((line, i) => {
    const end = offset + line.length;
    const target = opts.links?.[i];
    if (target) value.links.push({ start: offset, end, target });
    const flag = opts.flags?.[i];
    if (flag) value.flags.push({ offset, country: flag });
    const mark = opts.marks?.[i];
    if (mark) value.marks.push({ start: offset, end, kind: mark });
    offset = end + 1;
  });
  return value;
}

describe('group header rules', () => {
  it('have unique ids and examples', () => {
    const ids = HEADER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of HEADER_RULES) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  for (const rule of HEADER_RULES) {
    it.each(rule.examples.map((e) => [e.text, e] as const))(`${rule.id}: %s`, (_text, e) => {
      const view = { text: e.text, marks: new Set(e.marks ?? []), linked: false, flagged: false, last: false };
      expect(matchHeader(view)).toBe(rule.id);
    });
  }

  it.each([['France'], ['Kingdom of Great Britain'], ['Allies'], ['Supported by']])(
    'a linked line is a party: %s',
    (text) => {
      expect(matchHeader({ text, marks: new Set(), linked: true, flagged: false, last: false })).toBeNull();
    },
  );

  it('a bold line with nothing under it is a party', () => {
    expect(
      matchHeader({ text: 'Rebels', marks: new Set(['bold']), linked: false, flagged: false, last: true }),
    ).toBeNull();
  });
});

describe('qualifier words', () => {
  it.each(QUALIFIER_EXAMPLES.map((q) => [q]))('%s is a qualifier', (q) => {
    expect(isQualifierText(q)).toBe(true);
  });

  it.each([['Gaza'], ['Izz ad-Din al-Qassam Brigades'], ['MNLA']])('%s is not a qualifier', (q) => {
    expect(isQualifierText(q)).toBe(false);
  });
});

describe('interpretParties', () => {
  it('reads a party per line with its link and flag', () => {
    const value = cell(['Kingdom of England', 'Dutch Republic'], {
      links: { 0: 'Kingdom of England' },
      flags: { 0: 'Kingdom of England', 1: 'Dutch Republic' },
    });
    expect(interpretParties(value, wiki)).toEqual([
      {
        name: 'Kingdom of England',
        link: 'Kingdom of England',
        flag: 'Kingdom of England',
        row: '',
        group: null,
        qualifier: null,
      },
      { name: 'Dutch Republic', link: null, flag: 'Dutch Republic', row: '', group: null, qualifier: null },
    ]);
  });

  it('takes the link that covers most of the line, or one starting it', () => {
    const value = plainValue('Army of the Potomac under Meade\nDuke of Marlborough');
    value.links.push({ start: 26, end: 31, target: 'George Meade' });
    value.links.push({ start: 32, end: 51, target: 'John Churchill, 1st Duke of Marlborough' });
    expect(interpretParties(value, wiki).map((p) => p.link)).toEqual([null, 'John Churchill, 1st Duke of Marlborough']);
    const starting = plainValue('France and allies');
    starting.links.push({ start: 0, end: 6, target: 'France' });
    expect(interpretParties(starting, wiki)[0]?.link).toBe('France');
  });

  it('accepts a flag anchored on the line break before the line', () => {
    const value = plainValue('Mali\nFrance');
    value.flags.push({ offset: 4, country: 'France' });
    expect(interpretParties(value, wiki).map((p) => p.flag)).toEqual([null, 'France']);
  });

  it('groups parties under colon headers until the next header', () => {
    const value = cell(['Mali', 'Supported by:', 'France', 'Chad', 'Co-belligerents:', 'MINUSMA']);
    expect(interpretParties(value, wiki).map((p) => [p.name, p.group])).toEqual([
      ['Mali', null],
      ['France', 'Supported by'],
      ['Chad', 'Supported by'],
      ['MINUSMA', 'Co-belligerents'],
    ]);
  });

  it('groups parties under a collapsible-list title', () => {
    const value = cell(['Allied units', 'France'], { marks: { 0: 'title' } });
    expect(interpretParties(value, wiki).map((p) => [p.name, p.group])).toEqual([['France', 'Allied units']]);
  });

  it('attaches a parenthesised line to the party above', () => {
    const value = cell(['Kingdom of Great Britain', '(before 1776)', 'Friedrich Paulus', '(POW)']);
    expect(interpretParties(value, wiki).map((p) => [p.name, p.qualifier])).toEqual([
      ['Kingdom of Great Britain', 'before 1776'],
      ['Friedrich Paulus', 'POW'],
    ]);
  });

  it('splits a trailing qualifier in small type, whatever it says', () => {
    const value = plainValue('Kingdom of Prussia (nominal ally)');
    value.marks.push({ start: 19, end: 33, kind: 'small' });
    value.links.push({ start: 0, end: 18, target: 'Kingdom of Prussia' });
    expect(interpretParties(value, wiki)).toEqual([
      {
        name: 'Kingdom of Prussia',
        link: 'Kingdom of Prussia',
        flag: null,
        row: '',
        group: null,
        qualifier: 'nominal ally',
      },
    ]);
  });

  it('splits a trailing qualifier that reads as one, and keeps other parentheses in the name', () => {
    const value = cell(['United States (from 1917)', 'Hamas (Gaza)']);
    expect(interpretParties(value, wiki).map((p) => [p.name, p.qualifier])).toEqual([
      ['United States', 'from 1917'],
      ['Hamas (Gaza)', null],
    ]);
  });

  it('skips punctuation-only lines', () => {
    expect(interpretParties(cell(['Mali', '•', '—', 'France']), wiki).map((p) => p.name)).toEqual(['Mali', 'France']);
  });

  it('carries the row it is given', () => {
    expect(interpretParties(plainValue('Chad'), { row: 'b', commas: false })[0]?.row).toBe('b');
  });

  it('splits on ", " for the plain format, but not inside parentheses', () => {
    const value = plainValue('Mali, France (from 2013, later), Chad');
    expect(interpretParties(value, { row: '', commas: true }).map((p) => [p.name, p.qualifier])).toEqual([
      ['Mali', null],
      ['France', 'from 2013, later'],
      ['Chad', null],
    ]);
    expect(interpretParties(value, wiki).map((p) => p.name)).toEqual(['Mali, France (from 2013, later), Chad']);
  });
});

describe('interpretUnits', () => {
  it('returns lines without punctuation-only ones', () => {
    expect(interpretUnits(plainValue('First Army\n·\nSecond Army'), false)).toEqual(['First Army', 'Second Army']);
    expect(interpretUnits(plainValue('First Army, Second Army'), true)).toEqual(['First Army', 'Second Army']);
  });
});

describe('commander fates', () => {
  it.each([
    ['Ney †', 'Ney', '†'],
    ['Fritz Raweneck†', 'Fritz Raweneck', '†'],
    ['Napoleon (POW)', 'Napoleon', 'POW'],
    ['Friedrich Paulus (surrendered)', 'Friedrich Paulus', 'surrendered'],
    ["Henry Percy (didn't fight) †", 'Henry Percy', "didn't fight; †"],
    ['United States (air support)', 'United States', 'air support'],
  ])('%s', (line, name, qualifier) => {
    expect(interpretParties(plainValue(line), wiki).map((p) => [p.name, p.qualifier])).toEqual([[name, qualifier]]);
  });

  it('links the name, not the linked fate symbol after it', () => {
    const value = plainValue('Michel Ney †');
    value.links.push({ start: 0, end: 10, target: 'Michel Ney' }, { start: 11, end: 12, target: 'Killed in action' });
    expect(interpretParties(value, wiki)[0]).toMatchObject({ name: 'Michel Ney', link: 'Michel Ney', qualifier: '†' });
  });
});

describe('line clean-up', () => {
  it('splits a header that ends a party line (a wikitext newline renders as a space)', () => {
    const value = plainValue('House of Tudor (Lancastrian) Supported by:\nKingdom of France');
    value.marks.push({ start: 29, end: 42, kind: 'italic' });
    expect(interpretParties(value, wiki).map((p) => [p.name, p.group])).toEqual([
      ['House of Tudor (Lancastrian)', null],
      ['Kingdom of France', 'Supported by'],
    ]);
  });

  it('splits a trailing support phrase even without marks', () => {
    expect(interpretParties(plainValue('Mali Supported by:\nFrance'), wiki).map((p) => [p.name, p.group])).toEqual([
      ['Mali', null],
      ['France', 'Supported by'],
    ]);
  });

  it('keeps a bold header line whole ("Naval Support:" is one group, not a party and a header)', () => {
    const value = cell(['Ground Forces:', 'United States', 'Naval Support:', 'United Kingdom'], {
      marks: { 0: 'bold', 2: 'bold' },
    });
    expect(interpretParties(value, wiki).map((p) => [p.name, p.group])).toEqual([
      ['United States', 'Ground Forces'],
      ['United Kingdom', 'Naval Support'],
    ]);
  });

  it('takes a parenthesis after a wholly linked name as its qualifier, not one inside or after plain text', () => {
    const value = cell(["Xanthippus (Pericles' father)", 'Kingdom of Italy (Regia Marina)', 'Free French (air)']);
    value.links.push({ start: 0, end: 10, target: 'Xanthippos' }, { start: 30, end: 61, target: 'Kingdom of Italy' });
    expect(interpretParties(value, wiki).map((p) => [p.name, p.qualifier])).toEqual([
      ['Xanthippus', "Pericles' father"],
      ['Kingdom of Italy (Regia Marina)', null],
      ['Free French (air)', null],
    ]);
  });

  it('drops bullets and trailing separators, keeping the link', () => {
    const value = plainValue('• Athens,\nPlataea');
    value.links.push({ start: 2, end: 8, target: 'Classical Athens' });
    expect(interpretParties(value, wiki).map((p) => [p.name, p.link])).toEqual([
      ['Athens', 'Classical Athens'],
      ['Plataea', null],
    ]);
  });
});

describe('plain format (lines joined with ", ")', () => {
  it('reads headers and qualifier lines that became comma items', () => {
    const value = plainValue('Mali, Supported by:, France, (from 2013), Chad');
    expect(
      interpretParties(value, { row: 'a', commas: true }).map((p) => [p.name, p.group, p.qualifier, p.row]),
    ).toEqual([
      ['Mali', null, null, 'a'],
      ['France', 'Supported by', 'from 2013', 'a'],
      ['Chad', 'Supported by', null, 'a'],
    ]);
  });
});

describe('two flagged names on one rendered line', () => {
  /** The parties of a combatant cell written in wikitext: [name, flag, group, qualifier]. */
  const partiesOf = (wikitext: string): Array<[string, string | null, string | null, string | null]> =>
    interpretParties(cleanWikitext(wikitext), wiki).map((p) => [p.name, p.flag, p.group, p.qualifier]);

  it.each([
    // A single newline renders as a space: the two lines are one, with a flag before each name.
    [
      '{{flag|Electorate of Saxony}}\n{{flagicon|Poland}} [[Polish–Lithuanian Commonwealth|Poland–Lithuania]]',
      [
        ['Electorate of Saxony', 'Electorate of Saxony', null, null],
        ['Poland–Lithuania', 'Poland', null, null],
      ],
    ],
    [
      '{{flagicon|Sweden}} [[Swedish Empire|Sweden]] {{flagicon|Holstein-Gottorp}} [[Holstein-Gottorp]]',
      [
        ['Sweden', 'Sweden', null, null],
        ['Holstein-Gottorp', 'Holstein-Gottorp', null, null],
      ],
    ],
    [
      '{{flagcountry|Venice}}, {{flagcountry|Papal States}}',
      [
        ['Venice', 'Venice', null, null],
        ['Papal States', 'Papal States', null, null],
      ],
    ],
    [
      '{{flagicon|Prussia}} [[Gebhard Leberecht von Blücher|Blücher]] {{flagicon|Russia}} [[Michael Andreas Barclay de Tolly|Barclay]]',
      [
        ['Blücher', 'Prussia', null, null],
        ['Barclay', 'Russia', null, null],
      ],
    ],
    [
      "''Supported by:'' {{flag|Kingdom of Sardinia}}",
      [['Kingdom of Sardinia', 'Kingdom of Sardinia', 'Supported by', null]],
    ],
  ])('%s', (wikitext, expected) => {
    expect(partiesOf(wikitext)).toEqual(expected);
  });

  it.each([
    [
      '[[Kingdom of Naples|Naples]] {{flagicon|Kingdom of Naples}} (nominal)',
      [['Naples', 'Kingdom of Naples', null, 'nominal']],
    ],
    [
      '{{flagicon|Austria}} Austria (with {{flagicon|Bavaria}} Bavarian auxiliaries)',
      [['Austria (with Bavarian auxiliaries)', 'Austria', null, null]],
    ],
    ['{{flagicon|Genoa}} [[Republic of Genoa|Genoa]]', [['Genoa', 'Genoa', null, null]]],
  ])('keeps one party when the second flag starts no name: %s', (wikitext, expected) => {
    expect(partiesOf(wikitext)).toEqual(expected);
  });
});
