// Batch API: a ParserPool gives what parseConflict gives, rejects bad input with the same errors, and ends cleanly.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createParserPool, parseConflict } from '../../src/index.js';

const fixtures = ['battle-of-swiecino.wiki', 'amazragane-skirmish.txt', 'battle-of-lostwithiel.wiki'];
const texts = fixtures.map((f) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8'));
const pool = createParserPool({ workers: 2 });
afterAll(() => pool.close());

describe('createParserPool', () => {
  it('runs the workers it was asked for', () => {
    expect(pool.size).toBe(2);
  });

  it('parse() and parseMany() give parseConflict’s answers, in input order, options applied', async () => {
    expect(await pool.parse(texts[1]!)).toEqual(parseConflict(texts[1]!));
    const many = await pool.parseMany(texts, { sections: false });
    expect(many).toEqual(texts.map((t) => parseConflict(t, { sections: false })));
    expect(many[0]?.sections).toEqual([]);
    expect(parseConflict(texts[0]!).sections.length).toBeGreaterThan(0);
  }, 60_000);

  it('parseManyJson() gives each Conflict as its JSON text, in input order', async () => {
    const json = await pool.parseManyJson(texts, { sections: false });
    expect(json).toEqual(texts.map((t) => JSON.stringify(parseConflict(t, { sections: false }))));
    expect((JSON.parse(json[2]!) as { title: string }).title).toBe(parseConflict(texts[2]!).title);
    await expect(pool.parseManyJson([texts[0]!], { maxBytes: 100 })).rejects.toMatchObject({
      name: 'InputError',
      code: 'too-large',
    });
  }, 60_000);

  it('rejects input parseConflict refuses with the same error class and code', async () => {
    await expect(pool.parse(texts[0]!, { maxBytes: 100 })).rejects.toMatchObject({
      name: 'InputError',
      code: 'too-large',
    });
    await expect(pool.parse(42 as unknown as string)).rejects.toMatchObject({
      name: 'InputError',
      code: 'not-a-string',
    });
    await expect(pool.parseMany(['x', null as unknown as string])).rejects.toMatchObject({
      name: 'InputError',
      code: 'not-a-string',
    });
  }, 60_000);

  it.each([0, -1, 1.5, '2'])('refuses workers: %s with invalid-option', (workers) => {
    expect(() => createParserPool({ workers: workers as number })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }) as Error,
    );
  });

  it('rejects calls waiting when it closes, and calls after, with pool-closed', async () => {
    const own = createParserPool({ workers: 1 });
    const waiting = own.parseMany(texts);
    await own.close();
    await expect(waiting).rejects.toMatchObject({ name: 'InputError', code: 'pool-closed' });
    await expect(own.parse(texts[1]!)).rejects.toMatchObject({ name: 'InputError', code: 'pool-closed' });
  }, 60_000);
});
