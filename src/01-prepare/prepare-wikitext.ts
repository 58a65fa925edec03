// Stage 1 (prepare): the repairs wikitext gets before the reader sees it — markup limits, then unclosed tables.
import type { Context } from '../_lib/context.js';
import { closeTables } from './close-tables.js';
import { limitMarkup } from '../wikitext/limit-markup.js';

/**
 * Prepares normalised wikitext for the reader: nesting and parameter counts beyond the parser's comfort become
 * text (`markup-limit`), and a table never closed is closed before the next heading (`unclosed-markup`).
 * @example prepareWikitext('{|\n| a\n== B ==\nText', ctx) // the table is closed before "== B =="
 */
export function prepareWikitext(text: string, ctx: Context): string {
  return closeTables(limitMarkup(text, ctx), ctx);
}
