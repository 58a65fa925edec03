// The value conversions: a figure's bounds → a quantity, a partial ISO date → a Wikibase time, a subject's reading.
import { describe, expect, it } from 'vitest';
import { readSubject } from '../../src/wikidata/figure-subject.js';
import { formatDecimal, quantityFromFigure } from '../../src/wikidata/quantity-from-figure.js';
import { timeFromDate } from '../../src/wikidata/time-from-date.js';

describe('quantityFromFigure', () => {
  it.each([
    ['3 (exact)', 3, 3, { amount: '+3', lowerBound: null, upperBound: null }],
    ['0 (none killed)', 0, 0, { amount: '+0', lowerBound: null, upperBound: null }],
    ['1,000–1,500', 1000, 1500, { amount: '+1250', lowerBound: '+1000', upperBound: '+1500' }],
    ['30,000–45,000', 30000, 45000, { amount: '+37500', lowerBound: '+30000', upperBound: '+45000' }],
    ['1–2 (a midpoint between counts)', 1, 2, { amount: '+1.5', lowerBound: '+1', upperBound: '+2' }],
    ['2.5–4 million', 2500000, 4000000, { amount: '+3250000', lowerBound: '+2500000', upperBound: '+4000000' }],
  ])('%s', (_name, min, max, quantity) => {
    expect(quantityFromFigure({ min, max })).toEqual({ ok: true, quantity: { type: 'quantity', ...quantity } });
  });

  it.each([
    ['at least 7,000', 7000, null, /open upper bound \("at least 7000"\)/],
    ['up to 500', null, 500, /open lower bound \("up to 500"\)/],
    ['no number', null, null, /no number/],
    ['bounds the wrong way round', 10, 5, /lower bound 10 is above the upper bound 5/],
    ['a negative count', -3, -3, /not a count/],
  ])('%s has no quantity', (_name, min, max, reason) => {
    const result = quantityFromFigure({ min, max });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it.each([
    [3, '+3'],
    [37.5, '+37.5'],
    [1e21, '+1000000000000000000000'],
    [0.1 + 0.2, '+0.3'],
  ])('formats %s as %s', (n, text) => {
    expect(formatDecimal(n)).toBe(text);
  });
});

describe('timeFromDate', () => {
  it.each([
    ['2013-11-08', '+2013-11-08T00:00:00Z', 11, 'gregorian'],
    ['2013-11', '+2013-11-00T00:00:00Z', 10, 'gregorian'],
    ['1863', '+1863-00-00T00:00:00Z', 9, 'gregorian'],
    ['1644-08-21', '+1644-08-21T00:00:00Z', 11, 'gregorian'],
    ['1415-10-25', '+1415-10-25T00:00:00Z', 11, 'julian'],
    ['1582-10-04', '+1582-10-04T00:00:00Z', 11, 'julian'],
    // The model numbers years astronomically (490 BC = -0489); Wikibase historically (490 BC = -0490).
    ['-0489-08', '-0490-08-00T00:00:00Z', 10, 'julian'],
    ['-0030-09-02', '-0031-09-02T00:00:00Z', 11, 'julian'],
    ['0000', '-0001-00-00T00:00:00Z', 9, 'julian'],
    ['0001', '+0001-00-00T00:00:00Z', 9, 'julian'],
  ])('%s → %s', (date, time, precision, calendar) => {
    expect(timeFromDate(date)).toEqual({ type: 'time', time, precision, calendar });
  });

  it.each(['', 'July 1863', '1863-7', '13-11-08'])('%j is no date', (date) => {
    expect(timeFromDate(date)).toBeNull();
  });
});

describe('readSubject', () => {
  it.each([
    [null, 'none'],
    ['men', 'generic'],
    ['Soldiers', 'generic'],
    ['MNLA fighters', 'part'],
    ['civilians', 'part'],
    ['cavalry', 'part'],
    ['knights and men-at-arms', 'part'],
    ['Japanese soldiers', 'part'],
    ['tanks', 'equipment'],
    ['artillery pieces', 'equipment'],
    ['artillery pieces, anti-tank guns, and anti-aircraft guns', 'equipment'],
    ['armoured cars', 'equipment'],
    ['Transports', 'equipment'],
    ['tank crews', 'part'],
  ])('%j reads as %s', (subject, reading) => {
    expect(readSubject(subject)).toBe(reading);
  });
});
