// Tests for stage 3 (interpret): a year too long to be exact is unread (a warning), never a non-ISO "1.1e+29".
import { describe, expect, it } from 'vitest';
import { interpretDate } from '../../src/03-interpret/interpret-date.js';
import { createContext } from '../../src/_lib/context.js';
import { PartialDateSchema } from '../../src/model/conflict.js';

describe('years beyond exact integers', () => {
  it.each([
    '1'.repeat(30),
    '1'.repeat(50_000),
    '11111111111111111111 BC',
    'March 100000000000000000000',
    '8 November 10000000000000000000000',
  ])('%s → unparsed-date, no start', (text) => {
    const ctx = createContext();
    const date = interpretDate(text, ctx);
    expect(date?.start).toBeNull();
    expect(date?.end).toBeNull();
    expect(ctx.warnings.map((w) => w.code)).toEqual(['unparsed-date']);
  });

  it.each([
    ['12345', '12345'],
    ['99999 BC', '-99998'],
    ['November 2013', '2013-11'],
  ])('%s still reads as %s', (text, start) => {
    const date = interpretDate(text, createContext());
    expect(date?.start).toBe(start);
    expect(PartialDateSchema.safeParse(date?.start).success).toBe(true);
  });
});
