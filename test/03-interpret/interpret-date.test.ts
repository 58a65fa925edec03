// Tests for stage 3 (interpret): date patterns, one table-driven case per example of every date form.
import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS } from '../../src/03-interpret/_data/date-patterns.js';
import { interpretDate, readDate } from '../../src/03-interpret/interpret-date.js';
import { createContext } from '../../src/_lib/context.js';

describe('date patterns table', () => {
  it('has unique ids and at least one example per pattern', () => {
    const ids = DATE_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of DATE_PATTERNS) expect(p.examples.length, p.id).toBeGreaterThan(0);
  });

  for (const pattern of DATE_PATTERNS) {
    describe(pattern.id, () => {
      it.each(pattern.examples.map((e) => [e.text, e] as const))('%s', (text, e) => {
        expect(readDate(text)).toEqual({ start: e.start, end: e.end, ongoing: e.ongoing ?? false });
      });
    });
  }
});

describe('interpretDate', () => {
  it('keeps the text and warns unparsed-date when nothing reads', () => {
    const ctx = createContext();
    expect(interpretDate('Unknown', ctx)).toEqual({ text: 'Unknown', start: null, end: null, ongoing: false });
    expect(ctx.warnings.map((w) => [w.code, w.field])).toEqual([['unparsed-date', 'date']]);
  });

  it('returns null without a warning for an absent or empty date', () => {
    const ctx = createContext();
    expect(interpretDate(null, ctx)).toBeNull();
    expect(interpretDate('  ', ctx)).toBeNull();
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ['32 November 2013', '2013-11'],
    ['30 February 1900', '1900-02'],
  ])('falls back to the month when the day of %s is impossible', (text, month) => {
    expect(readDate(text)).toEqual({ start: month, end: month, ongoing: false });
  });

  it.each([['8 November'], ['Unknown'], ['the 1940s']])('does not read %s as a date', (text) => {
    expect(readDate(text)).toBeNull();
  });

  it.each([
    ['(1 July 1916)', '1916-07-01'],
    ['Fought on 8 November 2013 near the river', '2013-11-08'],
    ['05:30, 8 November 2013', '2013-11-08'],
  ])('finds the date inside %s', (text, start) => {
    expect(readDate(text)?.start).toBe(start);
  });
});
