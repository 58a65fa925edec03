// Stage 4 (figures) support: tell a measured quantity (`113,300 tons`, `15 km`) from a count of things.
import { MEASURE_UNITS } from '../_data/units.js';

/**
 * A sticky regex of `phrases`, longest first, inner spaces matching any space. There is no start fence (a unit may
 * be joined to its number, `15km`); the end fence refuses a letter, digit or hyphenated tail (`Mi-24`, `M3`).
 */
function unitPattern(phrases: readonly string[], flags: string): RegExp {
  const body = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ \\u00a0]+'),
    )
    .join('|');
  return new RegExp(`(?:${body})(?![\\p{L}\\d]|-[\\p{L}\\d])`, `uy${flags}`);
}

const WORDS = unitPattern(
  MEASURE_UNITS.flatMap((u) => u.words),
  'i',
);
const ABBREVIATIONS = unitPattern(
  MEASURE_UNITS.flatMap((u) => u.abbreviations),
  '',
);
// a number and its unit may be joined (`15km`), spaced or hyphenated (`15-km`); bounded, so linear
const GAP = /[ \u00a0-]{0,2}/y;

/**
 * The unit of measure right after offset `at` of `text` (`tons` in `113,300 tons sunk`), or null.
 * @example measureAt('113,300 tons sunk', 7) // 'tons'
 * @example measureAt('3 battlecruisers', 1) // null
 */
export function measureAt(text: string, at: number): string | null {
  GAP.lastIndex = at;
  if (!GAP.exec(text)) return null;
  for (const re of [WORDS, ABBREVIATIONS]) {
    re.lastIndex = GAP.lastIndex;
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}
