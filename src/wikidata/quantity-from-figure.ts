// Wikidata: a figure's bounds as a Wikibase quantity — or why they have no faithful form.
import type { Figure } from '../model/figure.js';
import type { QuantityValue } from './wikidata-statement.js';

export type QuantityOrReason = { ok: true; quantity: QuantityValue } | { ok: false; reason: string };

/**
 * A signed decimal string as Wikibase writes amounts, without exponent or float noise.
 * @example formatDecimal(37500) // '+37500'
 */
export function formatDecimal(n: number): string {
  // BigInt writes every digit of a whole number (toFixed turns to exponents from 1e21 on).
  const fixed = Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  return n < 0 ? fixed : `+${fixed}`;
}

/**
 * An exact figure is its number; a range is its midpoint with the range as bounds (QuickStatements writes bounds
 * only as `amount~tolerance`, so the amount must sit in the middle). A figure with one open end ("at least 7,000",
 * "up to 500") has no faithful quantity: Wikibase bounds come in pairs.
 * @example quantityFromFigure({ min: 1000, max: 1500, … }) // { ok: true, quantity: { amount: '+1250', lowerBound: '+1000', upperBound: '+1500', … } }
 */
export function quantityFromFigure(figure: Pick<Figure, 'min' | 'max'>): QuantityOrReason {
  const { min, max } = figure;
  if (min === null && max === null) return { ok: false, reason: 'the figure has no number' };
  if (min === null)
    return {
      ok: false,
      reason: `open lower bound ("up to ${max}"): Wikibase bounds come in pairs, and an upper bound alone has no faithful form`,
    };
  if (max === null)
    return {
      ok: false,
      reason: `open upper bound ("at least ${min}"): Wikibase bounds come in pairs, and a lower bound alone has no faithful form`,
    };
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0)
    return { ok: false, reason: 'the number is not a count' };
  if (min > max) return { ok: false, reason: `the lower bound ${min} is above the upper bound ${max}` };
  if (min === max)
    return { ok: true, quantity: { type: 'quantity', amount: formatDecimal(min), lowerBound: null, upperBound: null } };
  return {
    ok: true,
    quantity: {
      type: 'quantity',
      amount: formatDecimal((min + max) / 2),
      lowerBound: formatDecimal(min),
      upperBound: formatDecimal(max),
    },
  };
}
