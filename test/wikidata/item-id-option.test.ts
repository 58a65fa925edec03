// The Conflict's Wikidata item: the `itemId` parse option, kept as given, checked, absent when not given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/_lib/errors.js';
import { ConflictSchema } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';
import { thrown } from '../helpers/thrown.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');

describe('parseConflict: options.itemId', () => {
  it.each([
    ['Q123', 'Q123'],
    [null, null],
  ])('keeps %j', (itemId, kept) => {
    const conflict = parseConflict(seed, { itemId });
    expect(conflict.itemId).toBe(kept);
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
  });

  it('leaves the field out when it is not given, so older JSON stays the same', () => {
    expect('itemId' in parseConflict(seed)).toBe(false);
  });

  it.each(['Q0', 'P31', 'q123', 'Q12a', 42])('refuses %j with an InputError', (itemId) => {
    const error = thrown(() => parseConflict(seed, { itemId } as never));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `options.itemId must be a Wikidata item id like Q42, or null, got ${typeof itemId === 'string' ? `the string ${JSON.stringify(itemId)}` : 'number'}.`,
    );
  });

  it('is valid in the schema only as an item id', () => {
    const conflict = parseConflict(seed);
    expect(ConflictSchema.safeParse({ ...conflict, itemId: 'Q5' }).success).toBe(true);
    expect(ConflictSchema.safeParse({ ...conflict, itemId: 'X5' }).success).toBe(false);
  });
});
