// Stage 5 (figures) pass: attach each <ref> anchor to the figure it follows on its line.
import type { RefAnchor } from '../../_lib/clean-value.js';
import type { Segment } from '../split-items.js';
import type { PlacedFigure } from './figure-event.js';

/**
 * Adds each ref id to the last figure of the same line that starts before the ref.
 * @example attachRefs(placed, [{ offset: 8, id: 'r1' }], lines) // `5 killed<ref/>` → refs ['r1']
 */
export function attachRefs(placed: readonly PlacedFigure[], refs: readonly RefAnchor[], lines: readonly Segment[]): void {
  for (const ref of refs) {
    const line = lines.findIndex((l) => ref.offset >= l.start && ref.offset <= l.end);
    if (line < 0) continue;
    let target: PlacedFigure | undefined;
    for (const p of placed) if (p.line === line && p.start < ref.offset) target = p;
    if (target && !target.figure.refs.includes(ref.id)) target.figure.refs.push(ref.id);
  }
}
