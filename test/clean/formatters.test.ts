// Tests for the cleaner's helpers: entities, coordinates, conversions, dates, nesting limit, text builder.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/wikitext/decode-entities.js';
import { formatConvert, formatNumber } from '../../src/clean/format-convert.js';
import { formatCoord } from '../../src/clean/format-coord.js';
import { daysBetween, diffYmd, formatDate, joinUnits, parseMonth } from '../../src/clean/format-date.js';
import { TextBuilder } from '../../src/clean/text-builder.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

describe('decodeEntities', () => {
  it.each([
    ['5&nbsp;km', '5 km'],
    ['&ndash;&mdash;&amp;&quot;&lt;&gt;', '–—&"<>'],
    ['&#91;1&#93;', '[1]'],
    ['&#x2013;&#X2014;', '–—'],
    ['&amp;nbsp;', '&nbsp;'],
    ['AT&T; &unknown; & done', 'AT&T; &unknown; & done'],
    ['&#xD800; &#99999999;', '&#xD800; &#99999999;'],
    ['a&shy;b&zwj;c', 'abc'],
    ['no entities', 'no entities'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('is linear on many ampersands, also before one distant semicolon (256 KB vs 1 MB)', () => {
    // With the `;` searched to the end of the text, 1 MB of `&` then `;` took 6 s.
    const m = measureGrowth(
      (n) => ['&'.repeat(n), `${'&'.repeat(n)};`],
      (texts) => texts.map(decodeEntities),
      { small: 1 << 18, ladder: 2 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toEqual(['&'.repeat(1 << 20), `${'&'.repeat(1 << 20)};`]);
    expect(decodeEntities(`${'&'.repeat(40)}amp;`)).toBe(`${'&'.repeat(40)}`);
  });
});

describe('formatCoord', () => {
  it.each([
    [['38', '56', '04', 'N', '20', '44', '19', 'E', 'region:GR_type:event'], '38.9344°N 20.7386°E'],
    [['48', '42', 'N', '44', '31', 'E', 'source:nowiki_region:RU_type:event'], '48.7°N 44.5167°E'],
    [['39.811', 'N', '77.225', 'W'], '39.811°N 77.225°W'],
    [['50.680', 'N', ' 4.412', 'E'], '50.68°N 4.412°E'],
    [['46.53', '0.4', 'type:event'], '46.53°N 0.4°E'],
    [['50.408', '-4.667'], '50.408°N 4.667°W'],
    [['-33.9', '-70.1'], '33.9°S 70.1°W'],
    [['52', '35', '28', 'N', '1', '24', '37', 'W'], '52.5911°N 1.4103°W'],
  ])('%j', (args, expected) => {
    expect(formatCoord(args)).toBe(expected);
  });

  it.each([[[]], [['abc', 'def']], [['95', '10']], [['10', '70', 'N', '5', 'E']], [['10', 'N']]])(
    'rejects %j',
    (args) => {
      expect(formatCoord(args)).toBeNull();
    },
  );
});

describe('formatConvert', () => {
  it.each([
    [['37', 'km'], '37 km'],
    [['37', 'km', 'mi'], '37 km'],
    [['1', 'to', '2', 'km'], '1 to 2 km'],
    [['1', '-', '2', 'km'], '1–2 km'],
    [['10', 'x', '20', 'm'], '10 × 20 m'],
    [['5', 'ft', '6', 'in', 'm'], '5 ft 6 in'],
    [['62300', 'LT'], '62,300 long tons'],
    [['100', 'sqmi'], '100 sq mi'],
    [['16', 'kn'], '16 kn'],
    [['12'], '12'],
  ])('%j', (args, expected) => {
    expect(formatConvert(args)).toBe(expected);
  });

  it.each([
    ['1000', '1,000'],
    ['1234567.5', '1,234,567.5'],
    ['999', '999'],
    ['1,000', '1,000'],
  ])('formatNumber %s', (input, expected) => {
    expect(formatNumber(input)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    [['2013', '11', '8'], '8 November 2013'],
    [['2013', '11', ''], 'November 2013'],
    [['2013', '', ''], '2013'],
    [['1815', 'Jun', '18'], '18 June 1815'],
    [['-48', '8', '9'], '9 August 48 BC'],
    [['1942', '13', '1'], '1942'],
    [['abc', '1', '1'], ''],
  ])('formatDate %j', (args, expected) => {
    const [y = '', m = '', d = ''] = args;
    expect(formatDate(y, m, d)).toBe(expected);
  });

  it.each([
    ['Nov', 11],
    ['november', 11],
    ['Sept.', 9],
    ['08', 8],
    ['13', null],
    ['Ma', null],
  ])('parseMonth %s', (input, expected) => {
    expect(parseMonth(input)).toBe(expected);
  });

  it('computes calendar spans and day counts', () => {
    expect(diffYmd({ y: 1942, m: 8, d: 23 }, { y: 1943, m: 2, d: 2 })).toEqual({ y: 0, m: 5, d: 10 });
    expect(diffYmd({ y: 1921, m: 3, d: 3 }, { y: 1993, m: 2, d: 24 })).toEqual({ y: 71, m: 11, d: 21 });
    expect(daysBetween({ y: 1942, m: 8, d: 23 }, { y: 1943, m: 2, d: 2 })).toBe(163);
    expect(daysBetween({ y: 31, m: 9, d: 1 }, { y: 31, m: 9, d: 2 })).toBe(1);
    expect(
      joinUnits([
        [1, 'year'],
        [0, 'month'],
        [2, 'day'],
      ]),
    ).toBe('1 year and 2 days');
    expect(
      joinUnits([
        [5, 'month'],
        [1, 'week'],
        [3, 'day'],
      ]),
    ).toBe('5 months, 1 week and 3 days');
  });
});

describe('TextBuilder', () => {
  it('collapses spaces, trims lines, drops empty lines', () => {
    const b = new TextBuilder();
    b.text('  a \t b  ');
    b.lineBreak();
    b.lineBreak();
    b.text(' \n ');
    b.lineBreak();
    b.text('c\u00a0\u00a0d\u200b');
    expect(b.finish().text).toBe('a b\nc d');
  });

  it('treats a blank line in the text as a line break and a single newline as a space', () => {
    const b = new TextBuilder();
    b.text('a\nb\n\nc');
    expect(b.finish().text).toBe('a b\nc');
  });

  it('starts spans at their first visible character and drops empty ones', () => {
    const b = new TextBuilder();
    b.text('x ');
    const h = b.openSpan();
    b.text('  y  ');
    b.closeLink(h, 'Y');
    const empty = b.openSpan();
    b.text('   ');
    b.closeMark(empty, 'bold');
    b.text('z');
    const v = b.finish();
    expect(v.text).toBe('x y z');
    expect(v.links).toEqual([{ start: 2, end: 3, target: 'Y' }]);
    expect(v.marks).toEqual([]);
  });

  it('anchors refs before pending whitespace and flags after it', () => {
    const b = new TextBuilder();
    b.text('killed ');
    b.ref('r1');
    b.lineBreak();
    b.flag('France');
    b.text(' 5');
    const v = b.finish();
    expect(v.text).toBe('killed\n5');
    expect(v.refs).toEqual([{ offset: 6, id: 'r1' }]);
    expect(v.flags).toEqual([{ offset: 7, country: 'France' }]);
  });
});
