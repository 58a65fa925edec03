// Stage 2 (read, wikitext): the one way this reader calls wikiparser-node, with the English Wikipedia config.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Parser from 'wikiparser-node';
import type { Token } from 'wikiparser-node';

let configured = false;

/**
 * Loads the parser's quote and external-link stages from its own `src/` folder before any parse. Why: its
 * `src/index.js` requires them lazily on every parse of every token, and Node answers such a require from a
 * per-folder cache only when that folder loaded the module first; here `parser/links.js` does, so each of those
 * thousands of requires resolved its path again, reading package.json scopes (about 5% of a `sections: false`
 * parse). Loading them first from `src/` fills the cache those requires look in. Changes no result; a different
 * package layout just makes this a no-op.
 */
function primeLazyRequires(): void {
  try {
    const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
    const main = createRequire(here).resolve('wikiparser-node');
    // first the module Parser.parse itself requires lazily, from its own folder, so that one stays cached too
    createRequire(main)('./src/index');
    const fromSrc = createRequire(join(dirname(main), 'src', 'index.js'));
    fromSrc('../parser/quotes');
    fromSrc('../parser/externalLinks');
  } catch {
    // not the layout this was written for (wikiparser-node 1.x dist/): nothing to gain, nothing lost
  }
}
primeLazyRequires();

/**
 * Parses wikitext as a page view (not a transclusion); `maxStage` stops early (1 = comments and tags
 * only; never 0, which overflows the stack). Sets `Parser.config = 'enwiki'` on first use.
 * @example parsePage('{{Infobox battle}}').firstChild?.type // 'template'
 */
export function parsePage(source: string, maxStage?: number): Token {
  if (!configured) {
    Parser.config = 'enwiki';
    configured = true;
  }
  return maxStage === undefined ? Parser.parse(source) : Parser.parse(source, false, Math.max(1, maxStage));
}
