// Stage 4 (figures) pass: give the bare counts under a kind header (`Civilian deaths:`) that header's kind.
import type { FigureEvent } from './figure-event.js';

/**
 * Applies kind headers in place: a count that named no kind of its own (`17,000,000–22,000,000` under `Chinese
 * civilian deaths:`) takes the header's kind and, when it has none, its subject. A party, source or category header
 * ends the kind header's reach, as does the next kind header.
 * @example scopeKinds(events) // `Civilian deaths:\n4,000` → killed 4,000, subject Civilian
 */
export function scopeKinds(events: readonly FigureEvent[]): void {
  let header: Extract<FigureEvent, { type: 'kind' }> | null = null;
  for (const e of events) {
    if (e.type === 'kind') header = e;
    else if (e.type === 'party' || e.type === 'break' || (e.type === 'source' && e.scope === 'forward')) header = null;
    else if (
      e.type === 'figure' &&
      header !== null &&
      !e.placed.namedKind &&
      !e.placed.figure.total &&
      e.placed.figure.kind === 'casualties'
    ) {
      e.placed.figure.kind = header.kind;
      e.placed.figure.subject ??= header.subject;
    }
  }
}
