// Stage 4 (interpret): index a cell's links, flags and marks by line, so reading each line looks only at its own.
import type { CleanValue } from '../_lib/clean-value.js';

export interface CellIndex {
  /** The value with only the anchors on the line holding `offset` (a flag on the break before it included). */
  local(offset: number): CleanValue;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line holding `offset`, by binary search over line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function bucket<T>(items: readonly T[], lines: number, range: (item: T) => [number, number]): T[][] {
  const out: T[][] = Array.from({ length: lines }, () => []);
  for (const item of items) {
    const [first, last] = range(item);
    for (let l = Math.max(0, first); l <= Math.min(lines - 1, last); l++) out[l]!.push(item);
  }
  return out;
}

/**
 * Buckets the anchors of a value by line once, so that a cell of many lines reads in linear time.
 * @example indexCell(value).local(7).links // the links on the line holding offset 7
 */
export function indexCell(value: CleanValue): CellIndex {
  const starts = lineStartsOf(value.text);
  const n = starts.length;
  const span = (s: { start: number; end: number }): [number, number] => [lineOf(starts, s.start), lineOf(starts, Math.max(s.start, s.end - 1))];
  // A flag anchored on a line break belongs to the line after it too.
  const flagSpan = (f: { offset: number }): [number, number] => [lineOf(starts, f.offset), lineOf(starts, f.offset + 1)];
  const links = bucket(value.links, n, span);
  const marks = bucket(value.marks, n, span);
  const flags = bucket(value.flags, n, flagSpan);
  const refs = bucket(value.refs, n, (r) => [lineOf(starts, r.offset), lineOf(starts, r.offset)]);
  return {
    local(offset) {
      const l = lineOf(starts, offset);
      return { text: value.text, links: links[l]!, marks: marks[l]!, flags: flags[l]!, refs: refs[l]! };
    },
  };
}
