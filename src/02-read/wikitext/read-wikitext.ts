// Stage 2 (read, wikitext): MediaWiki page source → RawArticle. STUB.
import type { Context } from '../../_lib/context.js';
import type { RawArticle } from '../../_lib/raw-article.js';

export function readWikitext(_text: string, ctx: Context): RawArticle {
  ctx.warn('no-infobox', 'Wikitext reading is not implemented yet.');
  return { format: 'wikitext', title: null, infobox: null, lead: [], sections: [], references: [] };
}
