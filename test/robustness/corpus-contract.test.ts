// Every corpus article and fixture goes through parseConflict with a valid result and no internal-error, and the
// prepare-stage repairs (markup limits, table closing) leave every real article unchanged.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { corpusPages } from '../../scripts/_lib/corpus.js';
import { closeTables } from '../../src/01-prepare/close-tables.js';
import { limitMarkup } from '../../src/wikitext/limit-markup.js';
import { createContext } from '../../src/_lib/context.js';
import { ConflictSchema } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const list = (dir: URL) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(wiki|txt)$/.test(f))
        .map((f) => new URL(f, dir))
    : [];
const articles = [
  ...new Map(
    [...corpusPages().map((p) => pathToFileURL(p.path)), ...list(FIXTURES)].map((url) => [url.href, url]),
  ).values(),
].map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const);

describe('real articles hold the contract', () => {
  it('finds the fixtures and the whole corpus', () => {
    expect(articles.length).toBeGreaterThanOrEqual(
      list(FIXTURES).length + corpusPages().filter((p) => p.path.includes('/corpus/')).length,
    );
    expect(list(FIXTURES).length).toBeGreaterThanOrEqual(6);
  });

  it.each(articles)('%s', (_name, url) => {
    const text = readFileSync(url, 'utf8');
    const conflict = parseConflict(text);
    expect(
      conflict.warnings.filter(
        (w) => w.code === 'internal-error' || w.code === 'markup-limit' || w.code === 'control-characters',
      ),
    ).toEqual([]);
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
    const ctx = createContext();
    expect(closeTables(limitMarkup(text, ctx), ctx)).toBe(text);
    expect(ctx.warnings).toEqual([]);
  });
});
