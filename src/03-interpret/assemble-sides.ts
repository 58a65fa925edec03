// Stage 3 (interpret): collected infobox fields → the sides (one per combatant column) and the full-width casualties.
// Strength and casualties values are handed on as FigureFields; stage 4 splits them into figures.
import type { FigureField, InterpretedSide } from '../_lib/interpreted-article.js';
import type { Party } from '../model/party.js';
import type { CollectedField, CollectedFields } from './collect-fields.js';
import { interpretParties, interpretUnits } from './interpret-parties.js';

const MAX_SIDES = 5;
const ROWS = ['', 'a', 'b', 'c', 'd'] as const;

export interface SidesResult {
  sides: InterpretedSide[];
  /** casualties3 when there is no third side: the template shows it full-width (usually civilians). */
  otherCasualties: FigureField | null;
  /** Every combatant name of the article, in side order. */
  parties: string[];
}

function present(field: CollectedField | undefined): field is CollectedField {
  return field !== undefined && field.value.text.trim() !== '';
}

/** The parties of a side's cells `prefix1`, `prefix1a` … `prefix1d`, rows in order. */
function partiesOf(fields: CollectedFields, prefix: string, index: number, commas: boolean): Party[] {
  return ROWS.flatMap((row) => {
    const field = fields.get(`${prefix}${index}${row}`);
    return present(field) ? interpretParties(field.value, { row, commas }) : [];
  });
}

/** A side exists for columns 1 and 2 always, and for 3–5 when a combatant row of it is given. */
function hasSide(fields: CollectedFields, index: number): boolean {
  return index <= 2 || ROWS.some((row) => present(fields.get(`combatant${index}${row}`)));
}

/** A strength or casualties field as a FigureField; null when absent or blank. */
function figureField(fields: CollectedFields, name: string, mode: FigureField['mode']): FigureField | null {
  const field = fields.get(name);
  return present(field) ? { text: field.value.text, value: field.value, mode, field: name } : null;
}

/**
 * Builds the sides: combatants and commanders (with their extra rows), units, strengths and casualties.
 * @example assembleSides(collectFields(raw.infobox, ctx), { commas: true }).sides[0]?.combatants[0]?.name // 'Mali'
 */
export function assembleSides(fields: CollectedFields, options: { commas: boolean }): SidesResult {
  const indexes = Array.from({ length: MAX_SIDES }, (_, i) => i + 1).filter((i) => hasSide(fields, i));
  const combatants = new Map(indexes.map((i) => [i, partiesOf(fields, 'combatant', i, options.commas)]));
  const parties = [...combatants.values()].flat().map((p) => p.name);
  const figures = (name: string, mode: FigureField['mode']): FigureField | null => figureField(fields, name, mode);

  const sides = indexes.map((index): InterpretedSide => {
    const units = fields.get(`units${index}`);
    return {
      index,
      combatants: combatants.get(index) ?? [],
      commanders: partiesOf(fields, 'commander', index, options.commas),
      units: present(units) ? interpretUnits(units.value, options.commas) : [],
      strength: figures(`strength${index}`, 'strength'),
      polStrength: figures(`polstrength${index}`, 'strength'),
      milStrength: figures(`milstrength${index}`, 'strength'),
      casualties: figures(`casualties${index}`, 'casualties'),
    };
  });
  const otherCasualties = indexes.includes(3) ? null : figures('casualties3', 'casualties');
  return { sides, otherCasualties, parties };
}
