// Tests for stage 4 (figures): dates and periods are found, and bare counts that look like years are not.
import { describe, expect, it } from 'vitest';
import { findPeriods, maskSpans } from '../../src/04-figures/find-periods.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

describe('findPeriods', () => {
  it.each([
    // in parentheses, alone or as a range
    ['4,500 died of typhus (1741–1743)', ['1741–1743']],
    ['210 galleys (1571–73)', ['1571–73']],
    ['85,000 (1917)', ['85,000 (1917)'.slice(8, 12)]],
    ['3,000 wounded (1066 AD)', ['1066 AD']],
    ['600 horsemen (3 June)', ['3 June']],
    ['1,100 (Oct 2 – Nov 14)', ['Oct 2 – Nov 14']],
    // header lines
    ['1861–1863:\n4 killed', ['1861–1863']],
    ['1916:\n40,000 men', ['1916']],
    ['12 October:\n9,000 men', ['12 October']],
    ['Union totals 1861–1865:', ['1861–1865']],
    ['1916\n40,000 men\n1917\n52,000 men', ['1916', '1917']],
    // words that make a year a date
    ['August 1916:\n2,300 men', ['August 1916']],
    ['winter 1812', ['winter 1812']],
    ['mid-1917', ['mid-1917']],
    ['early 1809', ['early 1809']],
    ['9 March – late April 1918', ['9 March – late April 1918']],
    ['March–April 1918:', ['March–April 1918']],
    ['4 May/June 1450 – 2 July 1451', ['4 May/June 1450 – 2 July 1451']],
    ['12,000 in 1513 alone', ['1513']],
    ['490 BC', ['490 BC']],
    ['between 3,000 and 4,000 (including the years 1702–13)', ['1702–13']],
    ['14–20 September 1918:', ['14–20 September 1918']],
  ] as const)('%s', (text, want) => {
    expect(findPeriods(text).map((p) => p.text)).toEqual(want);
  });

  it.each([
    '1500',
    '1500\nunknown',
    'c. 1200',
    '1000–1500 killed',
    '1,500–1,800',
    '2,000 (1200 killed)',
    'Killed: 1300',
    '(1,317 killed',
    '1600 men',
    '300 (12%)',
  ])('%s holds no period', (text) => {
    expect(findPeriods(text)).toEqual([]);
  });

  it('blanks periods without moving offsets', () => {
    const text = '100,000 (1943)\n1944:';
    expect(maskSpans(text, findPeriods(text))).toBe('100,000 (    )\n    :');
  });

  it('is linear: 4× the text (1,000 vs 4,000 units) takes about 4× the time', () => {
    const unit = '12,000 (1812–1814), March 1944: 3 killed (7 May) 1500 men 1,200–1,400 ';
    const m = measureGrowth((n) => unit.repeat(n), findPeriods, { small: 1000 });
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toHaveLength(12_000);
    expect(m.output.slice(-3).map((p) => p.text)).toEqual(['1812–1814', 'March 1944', '7 May']);
  });
});
