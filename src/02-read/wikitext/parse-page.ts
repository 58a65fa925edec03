// Stage 2 (read, wikitext): the one way this reader calls wikiparser-node, with the English Wikipedia config.
import Parser from 'wikiparser-node';
import type { Token } from 'wikiparser-node';

let configured = false;

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
