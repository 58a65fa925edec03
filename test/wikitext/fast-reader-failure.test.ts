// Tests what a bug in the fast reader costs: the text is read by wikiparser-node all the same, with an
// `internal-error` warning and a count; a decline (LiteUnsupported) stays silent.
import { afterEach, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock('../../src/wikitext/fast/parse-lite.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/wikitext/fast/parse-lite.js')>();
  return {
    ...original,
    parseLite: (source: string) => {
      if (failure.error) throw failure.error;
      return original.parseLite(source);
    },
  };
});

const { parseConflict } = await import('../../src/index.js');
const { fastReaderFailures } = await import('../../src/wikitext/parse-wikitext.js');
const { LiteUnsupported } = await import('../../src/wikitext/fast/lite-unsupported.js');

const ARTICLE =
  "{{Infobox military conflict\n| conflict = Battle of X\n| casualties1 = 3 killed\n}}\n'''Battle of X''' was fought.\n";

afterEach(() => {
  failure.error = null;
  // this file fails the fast reader on purpose: the setup's check that no test file did is for the others
  fastReaderFailures.count = 0;
});

describe('a fast-reader failure', () => {
  it('reads the article through wikiparser-node, the same Conflict but for an internal-error warning', () => {
    const expected = parseConflict(ARTICLE);
    failure.error = new TypeError('x is undefined');
    const conflict = parseConflict(ARTICLE);
    const internal = conflict.warnings.filter((w) => w.code === 'internal-error');
    expect(internal.length).toBeGreaterThan(0);
    expect(internal[0]!.message).toContain('The fast wikitext reader failed (x is undefined)');
    expect({ ...conflict, warnings: conflict.warnings.filter((w) => w.code !== 'internal-error') }).toEqual(expected);
    expect(fastReaderFailures.count).toBeGreaterThan(0);
  });

  it('a decline is no failure: no warning, no count', () => {
    const expected = parseConflict(ARTICLE);
    failure.error = new LiteUnsupported('template arguments');
    expect(parseConflict(ARTICLE)).toEqual(expected);
    expect(fastReaderFailures.count).toBe(0);
  });
});
