// Every stage is linear on every input shape: each shape (test/helpers/growth-shapes.ts: the grammar's own rules and
// templates, the shapes issue 15 measured as quadratic, prose markup), repeated to 16 KB and to 64 KB, is parsed in
// one process and the CPU-time ratio must stay under 6 (a linear stage gives ~4, a quadratic one ~16). A ratio over
// 6 is measured again at 64 KB and 256 KB before it fails: a few milliseconds at 16 KB can double with one
// compilation or collection, where a quadratic term only grows with the size.
// GROWTH_ALL=1 takes every template rule (about 125 shapes and three minutes) instead of every fourth.
import { describe, expect, it } from 'vitest';
import { parseConflict } from '../../src/index.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';
import { growthArticle, growthShapes } from '../helpers/growth-shapes.js';

const KB = 1024;
const shapes = growthShapes({ all: process.env.GROWTH_ALL === '1' });

describe('parse time grows linearly on every shape', () => {
  it('has at least 40 shapes', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(40);
  });

  it.each(shapes.map((s) => [s.shape, s.place, s] as const))('%j (%s)', (_shape, _place, shape) => {
    // 6× tolerates the noise of a shared 2-core machine; a ratio over it is measured again at 4× the sizes, with 11
    // turns, before it fails (test/helpers/growth.ts)
    const m = measureGrowth(
      (bytes) => growthArticle(shape, bytes),
      (text) => parseConflict(text),
      { small: 16 * KB, retryLarger: true },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
  });
});
