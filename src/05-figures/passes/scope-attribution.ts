// Stage 5 (figures) pass: give each figure its source — a header's forward, a trailing remark's back to the previous one.
import type { FigureEvent } from './figure-event.js';

/**
 * Applies sources in place: a `forward` source holds for every later figure until the next forward source;
 * a `back` source applies to the figures since the previous source that have none yet.
 * @example scopeAttribution(events) // `3 killed, 4 injured, 6 captured (per Mali)` → all three Mali
 */
export function scopeAttribution(events: readonly FigureEvent[]): void {
  let forward: string | null = null;
  let pending: FigureEvent[] = [];
  for (const e of events) {
    if (e.type === 'figure') {
      if (e.placed.figure.source !== null) continue;
      if (forward !== null) e.placed.figure.source = forward;
      else pending.push(e);
    } else if (e.type === 'source') {
      if (e.scope === 'forward') forward = e.name;
      else for (const p of pending) if (p.type === 'figure') p.placed.figure.source = e.name;
      pending = [];
    }
  }
}

/**
 * Gives figures without a party the party of the latest party header or flag line before them.
 * @example scopeParties(events) // `Anglo-allies: 17,000\n3,500 killed` → both Anglo-allies
 */
export function scopeParties(events: readonly FigureEvent[]): void {
  let party: string | null = null;
  for (const e of events) {
    if (e.type === 'party') party = e.name;
    else if (e.type === 'figure' && e.placed.figure.party === null && party !== null) e.placed.figure.party = party;
  }
}
