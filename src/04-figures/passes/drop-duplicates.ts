// Stage 4 (figures) pass: overlap removal — one figure per number phrase.
import type { PlacedFigure } from './figure-event.js';

/**
 * Keeps the first figure of each item start (a rule and a nested parenthesis can read the same number).
 * @example dropDuplicates([a, a2]) // → [a]
 */
export function dropDuplicates(placed: readonly PlacedFigure[]): PlacedFigure[] {
  const seen = new Set<string>();
  return placed.filter((p) => {
    const key = `${p.start}:${p.figure.kind}:${p.figure.min}:${p.figure.max}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
