// Stage 4 (figures) support: the ordered events the rules emit and the clean-up passes read.
import type { Figure } from '../../model/figure.js';

/** A figure with where it stood, so passes can scope attributions and anchors. */
export interface PlacedFigure {
  figure: Figure;
  /** Index of the line it came from. */
  line: number;
  /** Offsets of its item in the value's text. */
  start: number;
  end: number;
  /** The rule matched a kind word (false for a bare count). */
  namedKind: boolean;
}

export type FigureEvent =
  | { type: 'figure'; placed: PlacedFigure }
  /** `back`: a trailing `(per X)`; `forward`: a header `Per X:` that holds until the next one. */
  | { type: 'source'; name: string; scope: 'back' | 'forward' }
  /**
   * A header or flag naming a combatant; holds until the next one. `item` is the list depth of a label written on a
   * list item before its figure (`* Nassau: 3,000`): it holds for that item and the deeper ones under it only.
   */
  | { type: 'party'; name: string; item?: number }
  /** The start of a line, with its list depth (0 outside lists). */
  | { type: 'line'; depth: number }
  /** A category header (`Personnel:`): ends the carry-over of subjects. */
  | { type: 'break' }
  /** A date or period: `forward` from a header line (`1942:`), `back` from a line that is only `(1937–1945)`. */
  | { type: 'period'; name: string; scope: 'back' | 'forward' }
  /** A header naming a stage (`Initial:`); holds until the next one. */
  | { type: 'phase'; name: string }
  /** A header naming a kind (`Civilian deaths:`): the bare counts under it are of that kind, until another header. */
  | { type: 'kind'; kind: Figure['kind']; subject: string | null };
