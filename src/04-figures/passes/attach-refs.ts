// Stage 4 (figures) pass: attach each <ref> anchor to the figure it follows on its line.
import type { RefAnchor } from '../../_lib/clean-value.js';
import { indexAtOrBefore } from '../../_lib/index-at-or-before.js';
import type { Segment } from '../split-items.js';
import type { PlacedFigure } from './figure-event.js';

/**
 * Adds each ref id to the last figure of the same line that starts before the ref. Figures come in reading order,
 * which is not always offset order (a parenthesis is read after its line's items), so each line's figures are
 * sorted once and each ref is placed by binary search.
 * @example attachRefs(placed, [{ offset: 8, id: 'r1' }], lines) // `5 killed<ref/>` → refs ['r1']
 */
export function attachRefs(
  placed: readonly PlacedFigure[],
  refs: readonly RefAnchor[],
  lines: readonly Segment[],
): void {
  if (refs.length === 0 || placed.length === 0 || lines.length === 0) return;
  const byLine = new Map<number, PlacedFigure[]>();
  for (const p of placed) {
    const list = byLine.get(p.line);
    if (list) list.push(p);
    else byLine.set(p.line, [p]);
  }
  // ties keep reading order, so the figure read last wins, as it did
  for (const list of byLine.values()) list.sort((a, b) => a.start - b.start);
  const starts = Int32Array.from(lines, (l) => l.start);
  for (const ref of refs) {
    const line = indexAtOrBefore(starts, ref.offset);
    const l = lines[line]!;
    if (ref.offset < l.start || ref.offset > l.end) continue;
    const list = byLine.get(line);
    if (!list) continue;
    // the last figure that starts before the ref
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < ref.offset) lo = mid + 1;
      else hi = mid;
    }
    const target = list[lo - 1];
    if (target && !target.figure.refs.includes(ref.id)) target.figure.refs.push(ref.id);
  }
}
