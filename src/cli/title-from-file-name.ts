// CLI support: the page title a file's name gives ("Battle_of_Actium.wiki" → "Battle of Actium").
import { basename, extname } from 'node:path';

/**
 * The title a file's name gives: its base name without the extension, `_` read as a space as MediaWiki reads
 * it, `%XX` escapes decoded when they are valid (a name saved from a page address); null when nothing is left.
 * `fetch --to wikitext --out DIR` writes files a title round-trips through.
 * @example titleFromFileName('pages/Battle_of_%C5%9Awiecino.wiki') // 'Battle of Świecino'
 */
export function titleFromFileName(path: string): string | null {
  let name = basename(path, extname(path));
  if (name.includes('%')) {
    try {
      name = decodeURIComponent(name);
    } catch {
      // A lone "%" is part of the name.
    }
  }
  const title = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return title === '' ? null : title;
}
