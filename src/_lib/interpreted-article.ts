// Shared: the record interpret hands to figures — the Conflict's fields, with each strength and casualties value
// still a CleanValue waiting to be split.
import type { Conflict, Side } from '../model/conflict.js';
import type { CleanValue } from './clean-value.js';

/** A strength or casualties value before its figures are split: its text, the value, and how to read it. */
export interface FigureField {
  text: string;
  value: CleanValue;
  mode: 'casualties' | 'strength';
  /** The infobox parameter it came from, e.g. `casualties1` (named in warnings). */
  field: string;
}

type FigureSlots = 'strength' | 'polStrength' | 'milStrength' | 'casualties';

/** A Side whose figure slots are still FigureFields. */
export type InterpretedSide = Omit<Side, FigureSlots> & { [K in FigureSlots]: FigureField | null };

export interface InterpretedArticle extends Omit<Conflict, 'warnings' | 'sides' | 'otherCasualties'> {
  sides: InterpretedSide[];
  otherCasualties: FigureField | null;
  /** Every combatant name of the article, so `(X)` in any side's figures reads as an attribution. */
  parties: string[];
}
