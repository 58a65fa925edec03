// Stage 4 (figures) pass: give each figure its source — a header's forward, a trailing remark's back to the previous one.
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
 * Gives figures without a party the party of the latest party header or flag line before them. A label on a list
 * item holds for that item and the deeper items under it; at the next item as shallow, the party before it returns
 * (`Anglo-allies: 68,000\n* Nassau: 3,000\n* 156 guns` → the guns are the Anglo-allies').
 * @example scopeParties(events) // `Anglo-allies: 17,000\n3,500 killed` → both Anglo-allies
 */
export function scopeParties(events: readonly FigureEvent[]): void {
  // the party in force, over the item-scoped labels that shadow it
  const stack: Array<{ name: string; item: number | null }> = [];
  for (const e of events) {
    if (e.type === 'line') {
      while (stack.length > 0 && stack[stack.length - 1]!.item !== null && e.depth <= stack[stack.length - 1]!.item!)
        stack.pop();
    } else if (e.type === 'party') {
      if (e.item !== undefined && e.item > 0) stack.push({ name: e.name, item: e.item });
      else stack.splice(0, stack.length, { name: e.name, item: null });
    } else if (e.type === 'figure' && e.placed.figure.party === null && stack.length > 0) {
      e.placed.figure.party = stack[stack.length - 1]!.name;
    }
  }
}
