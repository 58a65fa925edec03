// The growth helper itself: a quadratic function fails even when re-measured at larger sizes; a linear one whose
// first runs at one size carry a one-off cost (a compilation, a collection) passes once measured at 4× the sizes.
import { describe, expect, it } from 'vitest';
import { GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

/** Busy work proportional to `units` (a result is returned so the loop is not optimised away). */
function burn(units: number): number {
  let x = 0;
  for (let i = 0; i < units; i++) x = (x * 31 + i) | 0;
  return x;
}

describe('measureGrowth with retryLarger', () => {
  it('still fails a quadratic function, at the larger pair', () => {
    const m = measureGrowth(
      (n) => n,
      (n) => burn(n * n),
      { small: 2000, retryLarger: true, retryRuns: 1 },
    );
    expect(m.sizes).toEqual([8000, 32000]);
    expect(m.ratio).toBeGreaterThan(GROWTH_LIMIT);
  });

  it('passes a linear function whose first runs at 4n carried a one-off cost', () => {
    let extraRuns = 3;
    const m = measureGrowth(
      (n) => n,
      (n) => burn(n * 2000) + (n === 40_000 && extraRuns-- > 0 ? burn(n * 2000 * 10) : 0),
      { small: 10_000, retryLarger: true },
    );
    expect(m.sizes).toEqual([40_000, 160_000]);
    expect(m.ratio).toBeLessThan(GROWTH_LIMIT);
  });
});
