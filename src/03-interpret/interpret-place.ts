// Stage 3 (interpret): the `place` value → { text, parts }, parts split on lines, then commas and semicolons.
import type { Place } from '../model/conflict.js';
import { splitLines } from './split-lines.js';

/**
 * Coordinates a cleaned {{coord}} left at the start of a line ("14°1′8″N 38°58′24″E Adwa"): not a place name.
 * Each step takes one character from disjoint classes, so the match is linear.
 */
const LEADING_COORDINATES = /^(?:[\d\s.;/°′″'"’”+\-−]|[NSEW](?!\p{L}))+/u;

function dropLeadingCoordinates(part: string): string {
  const m = LEADING_COORDINATES.exec(part);
  return m?.[0].includes('°') ? part.slice(m[0].length).trim() : part;
}

/**
 * Cuts a line at `,` and `;` outside parentheses and brackets: `(modern-day Razgrad, Bulgaria)` stays one part.
 * @example splitParts('Waterloo; 15 km south of Brussels (now Belgium, EU)') // ['Waterloo', ' 15 km south of Brussels (now Belgium, EU)']
 */
function splitParts(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === ';')) {
      parts.push(line.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(line.slice(start));
  return parts;
}

/**
 * Splits a place into its parts, most specific first: `Amazragane, Ménaka Region, Mali` → 3 parts.
 * @example interpretPlace('Amazragane, Ménaka Region, Mali')?.parts // ['Amazragane', 'Ménaka Region', 'Mali']
 */
export function interpretPlace(text: string | null): Place | null {
  if (text === null || text.trim() === '') return null;
  const parts = splitLines(text, false)
    .flatMap((line) => splitParts(line.text))
    .map((p) => dropLeadingCoordinates(p.trim()))
    .filter((p) => p !== '');
  return { text, parts };
}
