// Tests for stage 4 (figures): every vocabulary entry's examples read as its kind, qualifier, attribution or status.
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../src/_lib/clean-value.js';
import { KIND_WORDS } from '../../src/04-figures/_data/kinds.js';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../../src/04-figures/_data/numbers.js';
import { SOURCE_PREFIXES, SOURCE_SUFFIXES } from '../../src/04-figures/_data/attribution.js';
import { splitFigures } from '../../src/04-figures/split-figures.js';
import { isEquipment, isStatus, singularize } from '../../src/04-figures/_lib/nouns.js';
import { STATUS_WORDS } from '../../src/04-figures/_data/nouns.js';

const split = (text: string) => splitFigures(plainValue(text), { mode: 'casualties' });

describe('vocabulary tables', () => {
  it('have unique ids and examples', () => {
    const all = [...KIND_WORDS, ...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS, SOURCE_PREFIXES, SOURCE_SUFFIXES];
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of all) expect(e.examples.length).toBeGreaterThan(0);
  });
});

for (const entry of KIND_WORDS) {
  describe(`kind ${entry.id}`, () => {
    it.each(entry.examples)('%s', (text) => {
      const figures = split(text);
      expect(figures.map((f) => f.kind)).toEqual([entry.kind]);
    });
  });
}

const effects = { lower: [27, null], upper: [null, 400] } as const;
for (const q of [...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS]) {
  describe(`qualifier ${q.id}`, () => {
    it.each(q.examples)('%s', (text) => {
      const [f] = split(text);
      expect(f).toBeDefined();
      if (q.effect === 'lower') expect(f!.max).toBeNull();
      if (q.effect === 'upper') expect(f!.min).toBeNull();
      if (q.effect === 'approximate') expect(f!.approximate).toBe(true);
      if (q.effect === 'range') expect(f!.max).toBeGreaterThan(f!.min!);
      expect(f!.min ?? f!.max).not.toBeNull();
    });
  });
}
void effects;

for (const marker of [SOURCE_PREFIXES, SOURCE_SUFFIXES]) {
  describe(`attribution ${marker.id}`, () => {
    it.each(marker.examples)('3 killed %s', (remark) => {
      const [f] = split(`3 killed ${remark}`);
      expect(f!.source).toBeTruthy();
      expect(f!.source).not.toMatch(/^(?:per|according|the)\b|\b(?:claim|figures|estimate)$/i);
    });
  });
}

describe('nouns', () => {
  it.each([
    ['tanks', true],
    ['light cruisers', true],
    ['torpedo-boats', true],
    ['AH-64 Apache', true],
    ['M1 Abrams tank', true],
    ['artillery pieces', true],
    ['Humvees', true],
    ['civilians', false],
    ['men', false],
    ['Athenians', false],
    ['knights', false],
  ] as const)('%s is equipment: %s', (noun, want) => {
    expect(isEquipment(noun)).toBe(want);
  });
  it.each([
    ['tanks', 'tank'],
    ['casualties', 'casualty'],
    ['armoured vehicles', 'armoured vehicle'],
    ['aircraft', 'aircraft'],
    ['crosses', 'cross'],
  ])('%s → %s', (a, b) => {
    expect(singularize(a)).toBe(b);
  });
});

describe('status words', () => {
  const strength = (text: string) => splitFigures(plainValue(text), { mode: 'strength' });
  for (const entry of STATUS_WORDS) {
    describe(`status ${entry.id}`, () => {
      it.each(entry.examples)('%s', (text) => {
        // a status count in the figure's parenthesis breaks the figure down: it is the figure's detail
        const figures = strength(text);
        expect(figures).toHaveLength(1);
        expect(figures[0]!.subject).toBeTruthy();
        expect(figures[0]!.detail).toMatch(
          new RegExp(entry.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i'),
        );
      });
    });
  }
  it.each([
    ['732 (402 operational) aircraft', [[732, 'aircraft', '402 operational']]],
    ['770 – 900 aircraft (480 serviceable)', [[770, 'aircraft', '480 serviceable']]],
    ['402 operational', [[402, null, null]]],
    ['480 serviceable aircraft', [[480, 'serviceable aircraft', null]]],
    ['1,200 (900 available)', [[1200, null, '900 available']]],
    ['12 battleships (9 in service)', [[12, 'battleships', '9 in service']]],
    // a larger count in the parenthesis is no breakdown: it stays a figure, its status qualifying the noun
    [
      '40 aircraft (60 operational by June)',
      [
        [40, 'aircraft', null],
        [60, 'operational aircraft', null],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(strength(text).map((f) => [f.min, f.subject, f.detail])).toEqual(want);
  });
  it.each([
    ['operational', true],
    ['Combat ready', true],
    ['operational aircraft', false],
    ['tanks', false],
  ] as const)('isStatus(%s) is %s', (s, want) => {
    expect(isStatus(s)).toBe(want);
  });
});
