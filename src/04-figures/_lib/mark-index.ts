// Stage 4 (figures) support: does a bold or italic span cover a stretch of the value? Answered by binary search.
import type { MarkSpan } from '../../_lib/clean-value.js';
import { indexAtOrBefore } from '../../_lib/index-at-or-before.js';

/**
 * Marks of the given kinds, sorted by start with the running maximum of their ends: a mark covers `[start, end)`
 * exactly when some mark starting at or before `start` ends at or after `end`, so one search answers.
 * @example new MarkIndex([{ start: 0, end: 9, kind: 'italic' }], ['italic']).covers(2, 5) // true
 */
export class MarkIndex {
  private readonly starts: Int32Array;
  private readonly maxEnds: Int32Array;

  constructor(marks: readonly MarkSpan[], kinds: readonly MarkSpan['kind'][]) {
    const kept = marks.filter((m) => kinds.includes(m.kind)).sort((a, b) => a.start - b.start);
    this.starts = Int32Array.from(kept, (m) => m.start);
    this.maxEnds = new Int32Array(kept.length);
    let max = -1;
    kept.forEach((m, i) => {
      max = Math.max(max, m.end);
      this.maxEnds[i] = max;
    });
  }

  /** True when one mark spans all of `[start, end)`. */
  covers(start: number, end: number): boolean {
    if (this.starts.length === 0 || this.starts[0]! > start) return false;
    return this.maxEnds[indexAtOrBefore(this.starts, start)]! >= end;
  }
}
