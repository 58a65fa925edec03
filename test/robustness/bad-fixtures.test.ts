// Table-driven: each hand-written nasty input in fixtures/bad/ parses to a valid Conflict with exactly the expected
// warning codes, and keeps the text listed under `keeps` (nothing silently dropped). *.utf16le.* files are UTF-16LE.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConflictSchema } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';

const dir = new URL('../../fixtures/bad/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, { codes: string[]; keeps: string[] }>;
const files = readdirSync(dir).filter((f) => f !== 'expected.json').sort();

describe('fixtures/bad', () => {
  it('every file has an expectation and every expectation a file', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, dir), file.includes('.utf16le.') ? 'utf16le' : 'utf8');
    const t0 = performance.now();
    const conflict = parseConflict(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
    expect([...new Set(conflict.warnings.map((w) => w.code))].sort()).toEqual(expected[file]?.codes);
    const json = JSON.stringify(conflict);
    for (const kept of expected[file]?.keeps ?? []) expect(json, kept).toContain(JSON.stringify(kept).slice(1, -1));
  });
});
