// Tests for stage 5 (figures): long digit runs split in linear time (a fraction regex once backtracked quadratically).
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../src/_lib/clean-value.js';
import { createContext } from '../../src/_lib/context.js';
import { splitFigures } from '../../src/05-figures/split-figures.js';

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
