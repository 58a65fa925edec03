// Stage 4 (interpret): the `place` value → { text, parts }, parts split on lines then commas.
import type { Place } from '../model/conflict.js';
import { splitLines } from './split-lines.js';

/** Coordinates a cleaned {{coord}} left at the start of a line ("14°1′8″N 38°58′24″E Adwa"): not a place name. */
// Each step takes one character from disjoint classes, so the match is linear.
const LEADING_COORDINATES = /^(?:[\d\s.;/°′″'"’”+\-−]|[NSEW](?!\p{L}))+/u;

function dropLeadingCoordinates(part: string): string {
  const m = LEADING_COORDINATES.exec(part);
  return m && m[0].includes('°') ? part.slice(m[0].length).trim() : part;
}

/**
 * Splits a place into its parts, most specific first: `Amazragane, Ménaka Region, Mali` → 3 parts.
 * @example interpretPlace('Amazragane, Ménaka Region, Mali')?.parts // ['Amazragane', 'Ménaka Region', 'Mali']
 */
export function interpretPlace(text: string | null): Place | null {
  if (text === null || text.trim() === '') return null;
  const parts = splitLines(text, false)
    .flatMap((line) => line.text.split(','))
    .map((p) => dropLeadingCoordinates(p.trim()))
    .filter((p) => p !== '');
  return { text, parts };
}
