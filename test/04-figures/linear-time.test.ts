// Tests for stage 4 (figures): long digit runs, trailing punctuation and comma runs split in linear time (a fraction
// regex once backtracked quadratically): 4× the input takes about 4× the time, not 16× (test/helpers/growth.ts).
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../src/_lib/clean-value.js';
import { createContext } from '../../src/_lib/context.js';
import { splitFigures } from '../../src/04-figures/split-figures.js';
import { tidyName } from '../../src/04-figures/read-attribution.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

describe('digit runs', () => {
  it('200,000 vs 800,000 digits split in linear time, with an unparsed-figure warning', () => {
    const m = measureGrowth(
      (n) => plainValue('1'.repeat(n)),
      (value) => {
        const ctx = createContext();
        splitFigures(value, { mode: 'casualties', parties: [] }, ctx);
        return ctx.warnings.map((w) => w.code);
      },
      { small: 200_000, ladder: 3 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toContain('unparsed-figure');
  });

  it('still treats a fraction as a share, not an unread count', () => {
    const ctx = createContext();
    splitFigures(plainValue('5/6 longbowmen'), { mode: 'casualties', parties: [] }, ctx);
    expect(ctx.warnings.map((w) => w.code)).not.toContain('unparsed-figure');
  });
});

describe('trailing-punctuation trims', () => {
  it('tidyName strips a trailing run of 1 vs 4 million characters in linear time and keeps the name', () => {
    const m = measureGrowth(
      (n) => [`(the Interior Ministry${' )'.repeat(n / 2)}`, `Mali${')'.repeat(n)}x`],
      (names) => names.map(tidyName),
      { small: 1_000_000, ladder: 4 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toEqual(['Interior Ministry', `Mali${')'.repeat(4_000_000)}x`]);
    expect(tidyName('( )')).toBe('');
  });

  it('a subject followed by 80,000 vs 320,000 commas splits in linear time', () => {
    const m = measureGrowth(
      (n) => plainValue(`3 soldiers${','.repeat(n)}x killed`),
      (value) => splitFigures(value, { mode: 'casualties', parties: [] }, createContext()),
      { small: 80_000, ladder: 2 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output.map((f) => [f.kind, f.min, f.subject])).toEqual([['killed', 3, `soldiers${','.repeat(320_000)}x`]]);
  });
});
