// Test helper: how a function's CPU time grows from an input of size n to one of 4n, in one process. Unit tests compare
// growth, never absolute times: a linear stage gives a ratio near 4, a quadratic one near 16.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The ratio a growth test fails at: linear ≈ 4×, quadratic ≈ 16×; 6× (k ≈ 1.3) tolerates a shared 2-core machine. */
export const GROWTH_LIMIT = 6;

export interface GrowthOptions {
  /** The small size handed to `make` (bytes, repeats, lines: whatever `make` takes). */
  small: number;
  /** The large size; 4 × `small` when absent. */
  large?: number;
  /**
   * Steps of 4× below `small` to start from: with 2, the pairs small/16 vs small/4, then small/4 vs small, then small
   * vs large, stopping at the first pair over the limit; 0 (one pair) when absent. For inputs so large that a linear
   * run is measurable but a quadratic one would run for hours: the ladder makes that fail in seconds, at a size where
   * the quadratic term already dominates (vitest cannot stop a test that never yields). A lower pair floors its
   * small time at 16 ms at least: small inputs can grow faster than 4× over a few milliseconds (a code path compiled,
   * a young-generation collection) with no quadratic term, so a lower pair fails only on a large time of 96 ms or more.
   */
  ladder?: number;
  /** Timed runs per size in the first measurement (median); 3 when absent. */
  runs?: number;
  /** Timed runs per size when the first ratio reaches `limit`; 11 when absent. */
  retryRuns?: number;
  /** The ratio that triggers the second measurement; GROWTH_LIMIT when absent. */
  limit?: number;
  /**
   * Take the second measurement at four times both sizes (large vs 4 × large) instead of the same ones. For small
   * inputs, whose few milliseconds one compilation or collection can double: a quadratic term only grows at the
   * larger pair, while those one-off costs shrink against it.
   */
  retryLarger?: boolean;
  /**
   * The least small time the ratio divides by, in ms; 4 when absent (timer resolution). Whole parses of small inputs
   * vary by several ms after a collection (background sweeping, a busy machine), so tests of those raise it.
   */
  floor?: number;
  /** The size of the untimed warm-up run; a quarter of the first pair's smaller size when absent. */
  warm?: number;
  /** cpu (default): this process's CPU time, steady on a shared machine; wall: elapsed time (benchmarks). */
  clock?: Clock;
}

export type Clock = 'cpu' | 'wall';

export interface Growth<R> {
  /** Median milliseconds at the small size. */
  small: number;
  /** Median milliseconds at the large size. */
  large: number;
  /** large ÷ small, with the small time floored (`floor`; 16 ms at least on a lower pair of a ladder) so that timer resolution stays out of it. */
  ratio: number;
  /** What `run` returned for the large input (its last run), for the test to check. */
  output: R;
  /** Timed runs per size behind these figures (more when the first ratio reached the limit). */
  runs: number;
  /** The sizes measured (the pair of the ladder the figures are from). */
  sizes: [number, number];
}

// A full collection before each timed run: the garbage earlier runs left would otherwise be collected during whichever
// run crossed the heap's limit, most often a large one, and the ratio would measure the heap, not the function.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Milliseconds of one run. CPU time is this process's own (vitest runs each file in a process of its own), so other
 * processes on the machine do not count, as they do in wall time.
 */
function timeOnce<T, R>(run: (input: T) => R, input: T, clock: Clock): { ms: number; output: R } {
  collectGarbage();
  if (clock === 'wall') {
    const t0 = performance.now();
    const output = run(input);
    return { ms: performance.now() - t0, output };
  }
  const t0 = process.cpuUsage();
  const output = run(input);
  const t = process.cpuUsage(t0);
  return { ms: (t.user + t.system) / 1000, output };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * The median milliseconds (CPU unless `clock` is wall) of `runs` runs of `run` on one input, each after a full
 * collection (for benchmarks that time one size).
 * @example measureTime((text) => parseConflict(text), article, 3) // e.g. 41.2
 */
export function measureTime<T>(run: (input: T) => unknown, input: T, runs: number, clock: Clock = 'cpu'): number {
  return median(Array.from({ length: runs }, () => timeOnce(run, input, clock).ms));
}

/**
 * The median of `runs` runs at each size, taken in turns (small, large, small, large …) so a slow spell falls on both
 * sizes alike; the median, not the fastest, since single runs land both far above and far below.
 */
function measurePaired<T, R>(
  smallInput: T,
  largeInput: T,
  run: (input: T) => R,
  runs: number,
  floor: number,
  clock: Clock,
): Omit<Growth<R>, 'sizes'> {
  const small: number[] = [];
  const large: number[] = [];
  let output: R | undefined;
  for (let i = 0; i < runs; i++) {
    small.push(timeOnce(run, smallInput, clock).ms);
    const timed = timeOnce(run, largeInput, clock);
    large.push(timed.ms);
    output = timed.output;
  }
  const s = median(small);
  const l = median(large);
  return { small: s, large: l, ratio: l / Math.max(s, floor), output: output as R, runs };
}

/**
 * Times `run` on `make(small)` and `make(large)` (built once each, outside the timing; `run` must not change its
 * input) and gives the medians and their ratio. A ratio at or over the limit is measured again with more turns before
 * it is returned: garbage collections and other processes land on single runs. With `ladder`, the smaller pairs are
 * measured first and the first one over the limit is returned.
 * @example measureGrowth((n) => 'a<ref>b '.repeat(n), (text) => scanTags(text), { small: 4000 }).ratio // ≈ 4
 */
export function measureGrowth<T, R>(
  make: (size: number) => T,
  run: (input: T) => R,
  options: GrowthOptions,
): Growth<R> {
  const {
    small,
    large = 4 * small,
    runs = 3,
    retryRuns = 11,
    limit = GROWTH_LIMIT,
    floor: topFloor = 4,
    clock = 'cpu',
  } = options;
  const ladder = options.ladder ?? 0;
  const sizeAt = (step: number) => (step === 0 ? small : Math.max(1, Math.round(small / 4 ** step)));
  run(make(options.warm ?? Math.max(1, Math.floor(sizeAt(ladder) / 4)))); // warm the code paths this input takes
  for (let step = ladder; ; step--) {
    const lower = sizeAt(step);
    const upper = step === 0 ? large : sizeAt(step - 1);
    const lowerInput = make(lower);
    const upperInput = make(upper);
    const floor = step === 0 ? topFloor : Math.max(16, topFloor);
    const first = measurePaired(lowerInput, upperInput, run, runs, floor, clock);
    if (first.ratio < limit) {
      if (step === 0) return { ...first, sizes: [lower, upper] };
      continue;
    }
    if (step === 0 && options.retryLarger) {
      const larger = measurePaired(upperInput, make(4 * upper), run, retryRuns, floor, clock);
      return { ...larger, sizes: [upper, 4 * upper] };
    }
    const m = measurePaired(lowerInput, upperInput, run, retryRuns, floor, clock);
    if (m.ratio >= limit || step === 0) return { ...m, sizes: [lower, upper] };
  }
}

/** A failure message with the figures, e.g. `size 4000: 12.0 ms → 16000: 51.3 ms (4.3×, median of 3)`. */
export function describeGrowth(growth: Growth<unknown>): string {
  const [lower, upper] = growth.sizes;
  return `size ${lower}: ${growth.small.toFixed(1)} ms → ${upper}: ${growth.large.toFixed(1)} ms (${growth.ratio.toFixed(1)}×, median of ${growth.runs})`;
}
