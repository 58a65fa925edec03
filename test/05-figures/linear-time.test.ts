// Tests for stage 5 (figures): long digit runs split in linear time (a fraction regex once backtracked quadratically).
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../src/_lib/clean-value.js';
import { createContext } from '../../src/_lib/context.js';
import { splitFigures } from '../../src/05-figures/split-figures.js';
import { tidyName } from '../../src/05-figures/read-attribution.js';

describe('digit runs', () => {
  it.each([50_000, 200_000])('%i digits split within a second, with an unparsed-figure warning', (n) => {
    const ctx = createContext();
    const t0 = performance.now();
    splitFigures(plainValue('1'.repeat(n)), { mode: 'casualties', parties: [] }, ctx);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(ctx.warnings.map((w) => w.code)).toContain('unparsed-figure');
  });

  it('still treats a fraction as a share, not an unread count', () => {
    const ctx = createContext();
    splitFigures(plainValue('5/6 longbowmen'), { mode: 'casualties', parties: [] }, ctx);
    expect(ctx.warnings.map((w) => w.code)).not.toContain('unparsed-figure');
  });
});

describe('trailing-punctuation trims', () => {
  it('tidyName strips a 50,000-char trailing run in linear time and keeps the name', () => {
    const t0 = performance.now();
    expect(tidyName(`(the Interior Ministry${' )'.repeat(25_000)}`)).toBe('Interior Ministry');
    expect(tidyName(`Mali${')'.repeat(50_000)}x`)).toBe(`Mali${')'.repeat(50_000)}x`);
    expect(tidyName('( )')).toBe('');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('a subject followed by 20,000 commas splits within a second', () => {
    const t0 = performance.now();
    splitFigures(plainValue(`3 soldiers${','.repeat(20_000)}x killed`), { mode: 'casualties', parties: [] }, createContext());
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
