import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/_lib/errors.js';
import { lookupItem, normalizeKey, readItemsMap } from '../../src/wikidata/read-items-map.js';
import { thrown } from '../helpers/thrown.js';

describe('readItemsMap', () => {
  it('reads title<TAB>id lines, skipping blank lines and # comments, keys folded', () => {
    const map = readItemsMap(
      '\uFEFF# conflict items\nAmazragane skirmish\tQ123\n\nMali\t Q912 \r\nBattle_of_Actium\tQ193358\n',
    );
    expect(map).toEqual({ 'amazragane skirmish': 'Q123', mali: 'Q912', 'battle of actium': 'Q193358' });
  });

  it('keeps a title that holds a tab before the last one', () => {
    expect(readItemsMap('A\tB\tQ5\n')).toEqual({ 'a b': 'Q5' });
  });

  it.each([
    ['Mali Q912', 1],
    ['Mali\tP17', 1],
    ['# ok\n\tQ5', 2],
    ['Mali\tQ0', 1],
    ['Mali\tq912', 1],
  ])('refuses %j, naming line %i', (text, line) => {
    const error = thrown(() => readItemsMap(text));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('invalid-option');
    expect((error as Error).message).toMatch(new RegExp(`^items map line ${line}: expected "title<TAB>Q123"`));
  });
});

describe('lookupItem', () => {
  const map = readItemsMap('Mali\tQ912\nUnited States\tQ30\n');
  it.each([
    [['Mali'], 'Q912'],
    [['mali'], 'Q912'],
    [['United_States'], 'Q30'],
    [[null, undefined, '', 'United  States'], 'Q30'],
    [['Republic of Mali', 'Mali'], 'Q912'],
    [['France'], null],
  ])('%j → %s', (keys, id) => {
    expect(lookupItem(map, keys)).toBe(id);
  });

  it('folds case and spacing the same way for keys and lookups', () => {
    expect(normalizeKey(' Battle_of  Actium ')).toBe('battle of actium');
  });
});
