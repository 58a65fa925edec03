// Tests for stage 3 (interpret): anchors bucketed by line, and reading a large cell in linear time (4× the lines, about 4× the time).
import { describe, expect, it } from 'vitest';
import { indexCell } from '../../src/03-interpret/index-cell.js';
import { interpretParties } from '../../src/03-interpret/interpret-parties.js';
import { plainValue } from '../../src/_lib/clean-value.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

describe('indexCell', () => {
  it('gives each line its own anchors; a flag on a line break reaches the next line; spans reach every line they cover', () => {
    const value = plainValue('Mali\nFrance\nChad');
    value.links.push({ start: 5, end: 11, target: 'France' });
    value.flags.push({ offset: 4, country: 'France' });
    value.marks.push({ start: 0, end: 16, kind: 'small' });
    const index = indexCell(value);
    expect(index.local(0).links).toEqual([]);
    expect(index.local(6).links).toEqual([{ start: 5, end: 11, target: 'France' }]);
    expect(index.local(6).flags).toEqual([{ offset: 4, country: 'France' }]);
    expect(index.local(13).flags).toEqual([]);
    expect([0, 6, 13].map((o) => index.local(o).marks.length)).toEqual([1, 1, 1]);
  });

  it('reads a cell of 5,000 vs 20,000 linked and flagged lines in linear time', () => {
    const cell = (count: number) => {
      const lines = Array.from({ length: count }, (_, i) => `Party ${i}`);
      const value = plainValue(lines.join('\n'));
      let offset = 0;
      for (const line of lines) {
        value.links.push({ start: offset, end: offset + line.length, target: line });
        value.flags.push({ offset, country: 'X' });
        offset += line.length + 1;
      }
      return value;
    };
    const m = measureGrowth(cell, (value) => interpretParties(value, { row: '', commas: false }), {
      small: 5000,
      ladder: 2,
    });
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toHaveLength(20_000);
    expect(m.output[19_999]).toMatchObject({ name: 'Party 19999', link: 'Party 19999', flag: 'X' });
  });
});
