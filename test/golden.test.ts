// Golden files: every fixtures/<slug>.(txt|wiki) with a <slug>.expected.json beside it must parse to exactly that JSON.
// Regenerate with UPDATE=1 (then review the diff line by line before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConflictSchema, parseConflict } from '../src/index.js';
import { fixtureTitle } from './helpers/fixture-title.js';

const dir = new URL('../fixtures/', import.meta.url);
const articles = readdirSync(dir).filter((f) => /\.(txt|wiki)$/.test(f) && existsSync(new URL(f.replace(/\.\w+$/, '.expected.json'), dir)));
const update = process.env.UPDATE === '1';

describe('golden fixtures', () => {
  it('has at least the seed', () => {
    expect(articles).toContain('amazragane-skirmish.txt');
  });

  it.each(articles)('%s', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const title = fixtureTitle(file);
    const conflict = parseConflict(text, title ? { title } : {});
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
    const goldenUrl = new URL(file.replace(/\.\w+$/, '.expected.json'), dir);
    if (update) writeFileSync(goldenUrl, `${JSON.stringify(conflict, null, 2)}\n`);
    expect(conflict).toEqual(JSON.parse(readFileSync(goldenUrl, 'utf8')));
  });
});
