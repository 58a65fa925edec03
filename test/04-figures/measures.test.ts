// Tests for stage 4 (figures): a number with a unit of measure (tons, km, acres) is a quantity, not a count — no figure.
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../src/_lib/clean-value.js';
import { createContext } from '../../src/_lib/context.js';
import { MEASURE_UNITS } from '../../src/04-figures/_data/units.js';
import { measureAt } from '../../src/04-figures/_lib/measures.js';
import { splitFigures } from '../../src/04-figures/split-figures.js';

const brief = (text: string, mode: 'casualties' | 'strength' = 'casualties') =>
  splitFigures(plainValue(text), { mode }).map((f) => [f.kind, f.min, f.subject]);

describe('measure units table', () => {
  it('has unique ids and examples', () => {
    const ids = MEASURE_UNITS.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of MEASURE_UNITS) expect(u.examples.length).toBeGreaterThan(0);
    for (const u of MEASURE_UNITS) expect(u.words.length + u.abbreviations.length).toBeGreaterThan(0);
  });
});

for (const unit of MEASURE_UNITS) {
  describe(`unit ${unit.id}`, () => {
    it.each(unit.examples)('%s', (text) => {
      const ctx = createContext();
      expect(splitFigures(plainValue(text), { mode: 'casualties', field: 'casualties1' }, ctx)).toEqual([]);
      expect(splitFigures(plainValue(text), { mode: 'strength', field: 'strength1' }, ctx)).toEqual([]);
      // recognised, so not reported as unread
      expect(ctx.warnings).toEqual([]);
    });
  });
}

describe('measureAt', () => {
  it.each([
    ['113,300 tons sunk', 7, 'tons'],
    ['15km south', 2, 'km'],
    ['15-km front', 2, 'km'],
    ['1,200 km² lost', 5, 'km²'],
    ['62,300 long tons', 6, 'long tons'],
    ['3 battlecruisers', 1, null],
    ['4 tonnage-ships', 1, null],
    ['5 Kilkenny men', 1, null],
    ['119 M3 Stuart tanks', 3, null],
    ['5 Mi-24 helicopters', 1, null],
    ['20 Ha-Go tanks', 2, null],
    ['12 GRT', 2, 'GRT'],
    ['40 Miles', 2, 'Miles'],
  ] as const)('%s', (text, at, want) => {
    expect(measureAt(text, at)).toBe(want);
  });
});

describe('measures beside counts', () => {
  it.each([
    [
      '3 battlecruisers, 3 armoured cruisers (113,300 tons sunk)',
      [
        ['destroyed', 3, 'battlecruisers'],
        ['destroyed', 3, 'armoured cruisers'],
      ],
    ],
    ['6,094 killed\n(62,300 long tons sunk)', [['killed', 6094, null]]],
    ['1,000 tons of supplies captured, 400 prisoners', [['captured', 400, null]]],
    ['12 ships (48,000 GRT) sunk', [['destroyed', 12, 'ships']]],
    ['300 rounds of ammunition captured', [['captured', 300, 'rounds of ammunition']]],
    ['119 M3 Stuart tanks', [['destroyed', 119, 'M3 Stuart tanks']]],
    ['5 Mi-24 helicopters shot down', [['destroyed', 5, 'Mi-24 helicopters']]],
  ] as const)('%s', (text, want) => {
    expect(brief(text)).toEqual(want);
  });
  it('reads "foot" as infantry, not a length', () => {
    expect(brief('10,000 foot and 2,000 horse', 'strength')).toEqual([
      ['strength', 10000, 'foot'],
      ['strength', 2000, 'horse'],
    ]);
  });
  it('keeps counts in a strength field next to a tonnage', () => {
    expect(brief('24 battleships (350,000 tons)', 'strength')).toEqual([['strength', 24, 'battleships']]);
  });
});
