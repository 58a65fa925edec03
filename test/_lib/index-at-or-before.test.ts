// Support: the binary search behind line and part offsets.
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore } from '../../src/_lib/index-at-or-before.js';

describe('indexAtOrBefore', () => {
  it.each([
    { sorted: [0, 10, 20], value: 0, index: 0 },
    { sorted: [0, 10, 20], value: 9, index: 0 },
    { sorted: [0, 10, 20], value: 10, index: 1 },
    { sorted: [0, 10, 20], value: 15, index: 1 },
    { sorted: [0, 10, 20], value: 20, index: 2 },
    { sorted: [0, 10, 20], value: 1e9, index: 2 },
    { sorted: [5, 10], value: 1, index: 0 },
    { sorted: [0], value: 7, index: 0 },
  ])('$value in $sorted → $index', ({ sorted, value, index }) => {
    expect(indexAtOrBefore(sorted, value)).toBe(index);
  });

  it('searches only the first `length` entries of a typed array', () => {
    // The outline's part starts carry one spare slot at the end; the search must not look at it.
    expect(indexAtOrBefore(new Int32Array([0, 4, 8, 12]), 100, 3)).toBe(2);
    expect(indexAtOrBefore(new Int32Array([0, 4, 8, 12]), 100)).toBe(3);
  });
});
