// Stage 4 (figures) pass: give each figure the period and phase of the header lines above it.
import type { FigureEvent } from './figure-event.js';

/**
 * Applies periods and phases in place: a `forward` period (a `1942:` header) holds for the later figures until the
 * next one; a `back` period (a line that is only `(1937–1945)`) goes to the figures since the previous period that
 * have none. A figure's own period (`100,000 (1943)`) always wins. A phase header holds until the next phase.
 * @example scopePeriods(events) // `1942:\n112,000 men\n1943:\n90,000 men` → periods 1942 and 1943
 */
export function scopePeriods(events: readonly FigureEvent[]): void {
  let forward: string | null = null;
  let phase: string | null = null;
  let pending: FigureEvent[] = [];
  for (const e of events) {
    if (e.type === 'figure') {
      const f = e.placed.figure;
      if (f.phase === null) f.phase = phase;
      if (f.period !== null) continue;
      if (forward !== null) f.period = forward;
      else pending.push(e);
    } else if (e.type === 'period') {
      if (e.scope === 'forward') forward = e.name;
      else
        for (const p of pending)
          if (p.type === 'figure' && p.placed.figure.period === null) p.placed.figure.period = e.name;
      pending = [];
    } else if (e.type === 'phase') {
      phase = e.name;
    }
  }
}
