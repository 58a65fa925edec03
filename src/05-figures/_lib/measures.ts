// Stage 5 (figures) support: tell a measured quantity (`113,300 tons`, `15 km`) from a count of things.
import { MEASURE_UNITS } from '../_data/units.js';
import { alternation } from './compile-words.js';

// no start fence: a unit may be joined to its number (`15km`), and the gap scan has already placed us after it
const UNIT = new RegExp(`(?:${alternation(MEASURE_UNITS.flatMap((u) => u.words)).replaceAll('(?<![\\p{L}\\d])', '')})`, 'iuy');
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
  UNIT.lastIndex = GAP.lastIndex;
  const m = UNIT.exec(text);
  return m ? m[0] : null;
}
