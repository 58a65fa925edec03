// Support: binary search over ascending offsets (line starts, part starts).

/**
 * The index of the last entry of ascending `sorted` that is ≤ `value` (0 when none is: entry 0 is the first start).
 * @example indexAtOrBefore([0, 10, 20], 15) // 1
 */
export function indexAtOrBefore(sorted: ArrayLike<number>, value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
