// Stage 2 (read, wikitext): tell apparatus sections (References, External links …) from prose sections.
import { NON_PROSE_SECTIONS } from '../_data/non-prose-sections.js';

const TITLES = new Set(NON_PROSE_SECTIONS.flatMap((e) => e.titles.map((t) => t.toLowerCase())));
const JOINERS = /\s+and\s+|[&,/;+]/;

/**
 * True when a (plain-text) section title names apparatus, alone or joined with "and", "&", ",", "/" or ";"
 * ("Notes and references", "Sources & further reading"); any case, trailing ':' or '.' ignored.
 * @example isNonProseSection('Notes and References') // true
 * @example isNonProseSection('Aftermath') // false
 */
export function isNonProseSection(title: string): boolean {
  let t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  while (t.endsWith(':') || t.endsWith('.')) t = t.slice(0, -1).trimEnd();
  if (t === '') return false;
  if (TITLES.has(t)) return true;
  const parts = t
    .split(JOINERS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => TITLES.has(p));
}
