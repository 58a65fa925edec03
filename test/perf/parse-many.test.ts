// Batch API: parseMany over worker threads gives exactly what parseConflict gives, in input order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseConflict, parseMany } from '../../src/index.js';

const fixtures = ['battle-of-swiecino.wiki', 'amazragane-skirmish.txt', 'battle-of-lostwithiel.wiki'];
const texts = fixtures.map((f) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8'));

describe('parseMany', () => {
  it('matches parseConflict text by text, in order, with 2 workers', async () => {
    const many = await parseMany(texts, { workers: 2, sections: false });
    expect(many).toEqual(texts.map((t) => parseConflict(t, { sections: false })));
    expect(many[1]?.title).toBe(parseConflict(texts[1]!).title);
  }, 60_000);

  it('gives the same answers from the kept pool on a second batch, and beside a busy pool of another size', async () => {
    const expected = texts.map((t) => parseConflict(t, { sections: false }));
    expect(await parseMany(texts, { workers: 2, sections: false })).toEqual(expected);
    const [two, one] = await Promise.all([
      parseMany(texts, { workers: 2, sections: false }),
      parseMany(texts, { workers: 1, sections: false }),
    ]);
    expect(two).toEqual(expected);
    expect(one).toEqual(expected);
    expect(one[2]?.title).toBe(expected[2]?.title);
  }, 60_000);

  it('parses in this thread with workers: 0', async () => {
    const many = await parseMany(texts, { workers: 0 });
    expect(many).toEqual(texts.map((t) => parseConflict(t)));
  });

  it('resolves an empty batch to an empty array', async () => {
    expect(await parseMany([])).toEqual([]);
  });

  it('rejects a batch holding a non-string with not-a-string', async () => {
    await expect(parseMany(['x', 5 as unknown as string])).rejects.toMatchObject({
      name: 'InputError',
      code: 'not-a-string',
    });
  });

  it('rejects a bad worker count with invalid-option', async () => {
    await expect(parseMany(['x'], { workers: -1 })).rejects.toBeInstanceOf(InputError);
  });
});
