// Wikidata: the title → item mapping a caller gives for files and dumps (`--items map.tsv`).
import { InputError } from '../_lib/errors.js';

/** Title or name → item id. A plain object, so it crosses to worker threads as it is. */
export type ItemsMap = Readonly<Record<string, string>>;

/**
 * Reads a mapping: one `title<TAB>Q123` a line; blank lines and lines starting with `#` are skipped. A title may
 * also be a name as the infobox writes it (a party, a source, a subject). Throws an InputError `invalid-option`
 * naming the first bad line.
 * @example readItemsMap('Amazragane skirmish\tQ123\nMali\tQ912\n') // { 'Amazragane skirmish': 'Q123', Mali: 'Q912' }
 */
export function readItemsMap(text: string): ItemsMap {
  const map: Record<string, string> = Object.create(null) as Record<string, string>;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    const title = tab < 0 ? '' : line.slice(0, tab).trim();
    const id = tab < 0 ? '' : line.slice(tab + 1).trim();
    if (title === '' || !/^Q[1-9]\d*$/.test(id)) {
      throw new InputError(
        'invalid-option',
        `items map line ${i + 1}: expected "title<TAB>Q123", got ${JSON.stringify(line.slice(0, 80))}.`,
      );
    }
    map[normalizeKey(title)] = id;
  }
  return map;
}

/**
 * The form a title or name is looked up by: MediaWiki's `_` is a space, runs of spaces are one, case is folded
 * (a map written by hand says "mali" as often as "Mali").
 * @example normalizeKey(' Battle_of  Actium ') // 'battle of actium'
 */
export function normalizeKey(title: string): string {
  return title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The item of the first of `keys` (titles or names) the map knows, or null.
 * @example lookupItem({ mali: 'Q912' }, ['Republic of Mali', 'Mali']) // 'Q912'
 */
export function lookupItem(map: ItemsMap, keys: readonly (string | null | undefined)[]): string | null {
  for (const key of keys) {
    if (!key) continue;
    const id = map[normalizeKey(key)];
    if (id !== undefined) return id;
  }
  return null;
}
