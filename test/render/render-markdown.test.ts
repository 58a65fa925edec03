import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Conflict, Side } from '../../src/model/conflict.js';
import type { Figure } from '../../src/model/figure.js';
import { parseConflict } from '../../src/parse-conflict.js';
import { escapeCell, escapeMarkdown } from '../../src/render/escape-markdown.js';
import { formatCount, formatPeriod, renderMarkdown } from '../../src/render/render-markdown.js';
import { readGoldenConflict } from '../helpers/golden-files.js';
import { makeFigure } from '../helpers/make-figure.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');

function figure(kind: Figure['kind'], min: number | null, max: number | null, extra: Partial<Figure> = {}): Figure {
  return makeFigure({ kind, min, max, rule: 'test', ...extra });
}
const party = (name: string) => ({ name, link: null, flag: null, row: '', group: null, qualifier: null });
// Only what the renderer reads; the cast keeps the test independent of side fields the interpreter is still adding.
const side = (s: Pick<Side, 'index' | 'combatants' | 'casualties'>): Side =>
  ({ commanders: [], units: [], strength: null, ...s }) as Side;

// The seed with sides filled in by hand, so the test does not depend on the interpreter's progress.
const conflict: Conflict = {
  ...parseConflict(seed),
  sides: [
    side({
      index: 1,
      combatants: [party('Mali')],
      casualties: {
        text: '1 injured (per Mali), 2 killed (per MNLA)',
        figures: [figure('wounded', 1, 1, { source: 'Mali' }), figure('killed', 2, 2, { source: 'MNLA' })],
      },
    }),
    side({ index: 2, combatants: [party('MNLA')], casualties: null }),
  ],
  otherCasualties: {
    text: '3 civilians killed, 3 injured (per MNLA)',
    figures: [
      figure('killed', 3, 3, { subject: 'civilians', source: 'MNLA' }),
      figure('wounded', 3, 3, { source: 'MNLA' }),
    ],
  },
};
const md = renderMarkdown(conflict);

describe('renderMarkdown', () => {
  it('opens with the title and the infobox table', () => {
    expect(
      md.startsWith(
        '# Amazragane skirmish\n\n| Field | Value |\n| --- | --- |\n| conflict | Amazragane skirmish |\n| place | Amazragane, Ménaka Region, Mali |\n',
      ),
    ).toBe(true);
  });

  it('writes a casualties table per side that has casualties, and one for other casualties', () => {
    expect(md).toContain(
      '## Casualty figures\n\n### Side 1: Mali\n\n| Kind | Count | Subject | Party | Source |\n| --- | --- | --- | --- | --- |\n| wounded | 1 |  |  | Mali |\n| killed | 2 |  |  | MNLA |\n\n> 1 injured (per Mali), 2 killed (per MNLA)\n',
    );
    expect(md).not.toContain('Side 2');
    expect(md).toContain(
      '### Other casualties\n\n| Kind | Count | Subject | Party | Source |\n| --- | --- | --- | --- | --- |\n| killed | 3 | civilians |  | MNLA |\n| wounded | 3 |  |  | MNLA |\n',
    );
  });

  it("names each figure's party, and adds a Period column only to a table with a dated figure", () => {
    const dated: Conflict = {
      ...conflict,
      sides: [
        side({
          index: 1,
          combatants: [party('France'), party('Spain')],
          casualties: {
            text: 'France: 1,000 killed (1808–1810)\nSpain: Initial: 2,000 captured\nSpain: 300 wounded',
            figures: [
              figure('killed', 1000, 1000, { party: 'France', period: '1808–1810' }),
              figure('captured', 2000, 2000, { party: 'Spain', phase: 'Initial' }),
              figure('wounded', 300, 300, { party: 'Spain | Portugal' }),
            ],
          },
        }),
      ],
      otherCasualties: { text: '40 civilians killed', figures: [figure('killed', 40, 40, { subject: 'civilians' })] },
    };
    const page = renderMarkdown(dated);
    expect(page).toContain(
      '| Kind | Count | Subject | Party | Period | Source |\n| --- | --- | --- | --- | --- | --- |\n| killed | 1,000 |  | France | 1808–1810 |  |\n| captured | 2,000 |  | Spain | Initial |  |\n| wounded | 300 |  | Spain \\| Portugal |  |  |\n',
    );
    expect(page).toContain(
      '### Other casualties\n\n| Kind | Count | Subject | Party | Source |\n| --- | --- | --- | --- | --- |\n| killed | 40 | civilians |  |  |\n',
    );
  });

  it('gives the parties of a golden Conflict (Waterloo: Anglo-allies and Prussia on one side)', () => {
    const waterloo = readGoldenConflict('battle-of-waterloo');
    const rows = renderMarkdown(waterloo)
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('| ') &&
          !line.startsWith('| Kind') &&
          !line.startsWith('| ---') &&
          !line.startsWith('| Field'),
      );
    const figures = waterloo.sides
      .flatMap((s) => s.casualties?.figures ?? [])
      .concat(waterloo.otherCasualties?.figures ?? []);
    // One row per figure, its fourth cell the figure's party.
    expect(rows.slice(-figures.length).map((row) => row.split(' | ')[3])).toEqual(figures.map((f) => f.party ?? ''));
    expect(figures.filter((f) => f.party === 'Prussia')).toHaveLength(4);
  });

  it('writes the lead, then sections as ## headings with their paragraphs', () => {
    expect(md).toContain('\n\nOn November 8, 2013, clashes broke out');
    expect(md).toContain('\n\n## Background\n\nIn early 2012, Tuareg rebels');
    expect(md).toContain('\n\n## Aftermath\n\nThe Malian Minister of Defense');
    expect(md.endsWith('attacked Malian forces first.\n')).toBe(true);
    expect(md.indexOf('## Casualty figures')).toBeLessThan(md.indexOf('On November 8'));
  });

  it('uses ### for subsections and keeps the lines of a prose list', () => {
    const nested: Conflict = {
      ...conflict,
      sides: [],
      otherCasualties: null,
      infobox: null,
      lead: [],
      sections: [
        {
          title: 'Forces',
          level: 2,
          paragraphs: [],
          sections: [{ title: 'French', level: 3, paragraphs: ['one\ntwo'], sections: [] }],
        },
      ],
    };
    expect(renderMarkdown(nested)).toBe('# Amazragane skirmish\n\n## Forces\n\n### French\n\none\\\ntwo\n');
  });
});

describe('formatCount', () => {
  it.each([
    ['3', figure('killed', 3, 3)],
    ['3–5', figure('killed', 3, 5)],
    ['27+', figure('killed', 27, null)],
    ['≤ 50', figure('killed', null, 50)],
    ['c. 1,000', figure('killed', 1000, 1000, { approximate: true })],
    ['?', figure('killed', null, null)],
  ])('%s', (expected, f) => {
    expect(formatCount(f)).toBe(expected);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['', figure('killed', 1, 1)],
    ['1812–1814', figure('killed', 1, 1, { period: '1812–1814' })],
    ['Initial', figure('killed', 1, 1, { phase: 'Initial' })],
    [
      'At the time of the Soviet counter-offensive, November 1942',
      figure('killed', 1, 1, { phase: 'At the time of the Soviet counter-offensive', period: 'November 1942' }),
    ],
  ])('"%s"', (expected, f) => {
    expect(formatPeriod(f)).toBe(expected);
  });
});

describe('escaping', () => {
  it.each([
    ['3 killed *per Mali*', '3 killed \\*per Mali\\*'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '\\1. not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['plain text', 'plain text'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('escapes pipes and line breaks in table cells', () => {
    expect(escapeCell('Mali\nFrance | UN')).toBe('Mali<br>France \\| UN');
  });
});
