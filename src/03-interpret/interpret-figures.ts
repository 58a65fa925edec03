// Stage 3 (interpret): a strength or casualties value → Figures, by handing it to the figure splitter (stage 5).
import type { CleanValue } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';
import type { Figures } from '../model/figure.js';
import { splitFigures } from '../04-figures/split-figures.js';

export interface FigureFieldOptions {
  mode: 'casualties' | 'strength';
  /** Every combatant name of the article, so `(X)` reads as an attribution. */
  parties: readonly string[];
  field: string;
}

/**
 * Wraps a value and the figures split from it; null for an absent or blank value.
 * @example interpretFigures(plainValue('3 killed'), { mode: 'casualties', parties: [], field: 'casualties1' }, ctx)?.text // '3 killed'
 */
export function interpretFigures(value: CleanValue | undefined, options: FigureFieldOptions, ctx: Context): Figures | null {
  if (!value || value.text.trim() === '') return null;
  return { text: value.text, figures: splitFigures(value, { mode: options.mode, parties: options.parties, field: options.field }, ctx) };
}
