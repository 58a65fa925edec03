// Tests for stage 3 (interpret), dates: every date form still reads with a qualifier word ("late", "c.", "spring" …) before it or
// before its end, and ranges whose year is given once, late, or with alternatives ("June/July", "early or mid").
import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS } from '../../src/03-interpret/_data/date-patterns.js';
import { readDate } from '../../src/03-interpret/interpret-date.js';

const QUALIFIERS = [
  'early',
  'Early',
  'mid',
  'mid-',
  'late',
  'Late',
  'c.',
  'ca.',
  'circa',
  'around',
  'spring',
  'summer',
  'autumn',
  'fall',
  'Winter',
  'the end of',
];

const examples = DATE_PATTERNS.flatMap((p) => p.examples.map((e) => ({ shape: p.shape, ...e })));

/** "mid-" glues to what follows; a word is followed by a space. */
function qualify(qualifier: string, text: string): string {
  return qualifier.endsWith('-') ? `${qualifier}${text}` : `${qualifier} ${text}`;
}

/** The first mark that joins a range's two ends as written in an example ("–", " to ", " or ", "/"). */
const RANGE_MARK = / – |–| to | or |\//;

describe('a qualifier before the date', () => {
  const cases = examples.flatMap((e) => QUALIFIERS.map((q) => ({ text: qualify(q, e.text), e })));
  it.each(cases.map((c) => [c.text, c.e] as const))('%s', (text, e) => {
    expect(readDate(text)).toEqual({ start: e.start, end: e.end, ongoing: e.ongoing ?? false });
  });
});

describe('a qualifier before the end of a range', () => {
  const cases = examples
    .filter((e) => e.shape.includes('–') && RANGE_MARK.test(e.text))
    .flatMap((e) =>
      ['late', 'early', 'c.', 'summer', 'mid-'].map((q) => ({
        text: e.text.replace(RANGE_MARK, (mark) => qualify(`${mark}${q}`, '').replace(/ $/, ' ')),
        e,
      })),
    );
  it('covers the ranges of the table', () => {
    expect(cases.length).toBeGreaterThan(60);
  });
  it.each(cases.map((c) => [c.text, c.e] as const))('%s', (text, e) => {
    expect(readDate(text)).toEqual({ start: e.start, end: e.end, ongoing: e.ongoing ?? false });
  });
});

describe('ranges whose year is given once, late, or with alternatives', () => {
  it.each([
    // The three, then forms of the same families written for this test.
    ['9 October – late November 1943', '1943-10-09', '1943-11'],
    ['Late 202 BC – early or mid 201 BC', '-0201', '-0200'],
    ['3 June/July 1098 – 20 July 1099', '1098-06-03', '1099-07-20'],
    ['c. 15 March 1469 – mid-April 1470', '1469-03-15', '1470-04'],
    ['Early 1532 – late 1533', '1532', '1533'],
    ['Summer 1862 – spring or summer 1863', '1862', '1863'],
    ['mid-to-late 1757', '1757', '1757'],
    ['early to mid 44 BC', '-0043', '-0043'],
    ['11/12 May 1745 – 14 May 1745', '1745-05-11', '1745-05-14'],
    ['28 August – 3 or 4 September 1759', '1759-08-28', '1759-09-04'],
    ['April/May 1285 – autumn 1286', '1285-04', '1286'],
    ['2 October – 18 or 19 November 1806', '1806-10-02', '1806-11-19'],
    ['between 3 and 5 July 1643', '1643-07-03', '1643-07-05'],
    ['the end of June 1942', '1942-06', '1942-06'],
    ['late March – 9 April 1917', '1917-03', '1917-04-09'],
    ['July or August 1260', '1260-07', '1260-08'],
  ])('%s', (text, start, end) => {
    expect(readDate(text)).toEqual({ start, end, ongoing: false });
  });

  it.each([
    ['late', null],
    ['early or mid', null],
    ['Spring', null],
  ])('reads no date from a qualifier alone: %s', (text, expected) => {
    expect(readDate(text)).toBe(expected);
  });
});
