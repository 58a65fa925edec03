// Table-driven: each hand-written nasty input in fixtures/bad/ parses to a valid Conflict with exactly the expected
// warning codes, and keeps the text listed under `keeps` (nothing silently dropped); repeated 4× as often, it takes
// about 4× the time, not 16× (test/helpers/growth.ts). *.utf16le.* files are UTF-16LE.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConflictSchema } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

const dir = new URL('../../fixtures/bad/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  { codes: string[]; keeps: string[] }
>;
const files = readdirSync(dir)
  .filter((f) => f !== 'expected.json')
  .sort();
const read = (file: string) => readFileSync(new URL(file, dir), file.includes('.utf16le.') ? 'utf16le' : 'utf8');

describe('fixtures/bad', () => {
  it('every file has an expectation and every expectation a file', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s', (file) => {
    const conflict = parseConflict(read(file));
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
    expect([...new Set(conflict.warnings.map((w) => w.code))].sort()).toEqual(expected[file]?.codes);
    const json = JSON.stringify(conflict);
    for (const kept of expected[file]?.keeps ?? []) expect(json, kept).toContain(JSON.stringify(kept).slice(1, -1));
  });

  // The whole file joined to itself: about 16 KB of copies against 64 KB (a file larger than 16 KB: 1 copy against 4).
  it.each(files.filter((f) => read(f).trim() !== ''))('%s, repeated, parses in linear time', (file) => {
    const text = read(file);
    const m = measureGrowth(
      (copies) => Array.from({ length: copies }, () => text).join('\n'),
      (t) => parseConflict(t),
      {
        small: Math.max(1, Math.round(16_384 / text.length)),
        runs: 1,
        floor: 10, // a parse of 16 KB takes a few ms, and a parse after a collection varies by as much
      },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(ConflictSchema.safeParse(m.output).success).toBe(true);
    expect(m.output.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
  });
});
