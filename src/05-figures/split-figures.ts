// Stage 5 (figures): a casualties or strength value → Figure[]. STUB.
import type { CleanValue } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';
import type { Figure } from '../model/figure.js';

export interface SplitOptions {
  /** `casualties` (casualtiesN) or `strength` (strengthN, polstrengthN, milstrengthN). */
  mode: 'casualties' | 'strength';
  /** Names of the article's parties, to recognise a bare `(X)` as an attribution. */
  parties?: readonly string[];
  /** The infobox field, for warnings. */
  field?: string;
}

export function splitFigures(_value: CleanValue, _options: SplitOptions, _ctx?: Context): Figure[] {
  return [];
}
