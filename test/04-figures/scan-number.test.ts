// Tests for stage 4 (figures): number phrases — separators, words, ranges, bounds, approximation.
import { describe, expect, it } from 'vitest';
import { scanNumber } from '../../src/04-figures/scan-number.js';

describe('scanNumber', () => {
  it.each([
    ['3', 3, 3, false],
    ['1,200', 1200, 1200, false],
    ['1 200', 1200, 1200, false],
    ['1.200', 1200, 1200, false],
    ['1.2 million', 1_200_000, 1_200_000, false],
    ['15 thousand', 15000, 15000, false],
    ['two hundred', 200, 200, false],
    ['a dozen', 12, 12, false],
    ['twenty-five', 25, 25, false],
    ['1,200–1,500', 1200, 1500, false],
    ['1,200-1,500', 1200, 1500, false],
    ['1,200 to 1,500', 1200, 1500, false],
    ['between 40 and 60', 40, 60, false],
    ['from 6,000 to 9,000', 6000, 9000, false],
    ['15,000–20,000+', 15000, null, false],
    ['1–2 million', 1_000_000, 2_000_000, false],
    ['at least 27', 27, null, false],
    ['more than 200', 200, null, false],
    ['over 5,000', 5000, null, false],
    ['60+', 60, null, false],
    ['500 or more', 500, null, false],
    ['up to 50', null, 50, false],
    ['fewer than 10', null, 10, false],
    ['less than 1,000', null, 1000, false],
    ['almost 3,000', null, 3000, false],
    ['~800', 800, 800, true],
    ['c. 2,000', 2000, 2000, true],
    ['ca. 40', 40, 40, true],
    ['circa 700', 700, 700, true],
    ['about 2,500', 2500, 2500, true],
    ['around 300', 300, 300, true],
    ['approximately 22,000', 22000, 22000, true],
    ['an estimated 1,000', 1000, 1000, true],
    ['332–c. 500', 332, 500, true],
    // a range's scale word scales both ends, decimals included
    ['2.5–4 million', 2_500_000, 4_000_000, false],
    ['1.5 to 2.2 million', 1_500_000, 2_200_000, false],
    ['8.7–10 million', 8_700_000, 10_000_000, false],
    ['150–200 thousand', 150_000, 200_000, false],
    ['3–4 lakh', 300_000, 400_000, false],
    ['2.5 lakh', 250_000, 250_000, false],
    ['1.2 crore', 12_000_000, 12_000_000, false],
    ['1–1.5 bn', 1_000_000_000, 1_500_000_000, false],
    ['5,000–2 million', 5000, 2_000_000, false],
    ['310 ~ 420', 310, 420, false],
    ['four or possibly six', 4, 6, true],
    ['60~75', 60, 75, false],
  ] as const)('%s', (text, min, max, approximate) => {
    const n = scanNumber(text);
    expect(n).not.toBeNull();
    expect([n!.min, n!.max, n!.approximate]).toEqual([min, max, approximate]);
    expect(n!.end).toBe(text.length);
  });

  it('reads no scale word inside a longer word', () => {
    expect(scanNumber('5 lacerated')).toMatchObject({ min: 5, max: 5 });
    expect(scanNumber('2.5 tonnes')).toMatchObject({ min: 2, max: 2 });
  });

  it.each(['several hundred', 'dozens', 'hundreds', 'Heavy', 'AH-64', 'T-72', 'M1', 'a', 'thousands'])(
    '%s holds no number',
    (text) => {
      expect(scanNumber(text)).toBeNull();
    },
  );
});
