// Stage 2 (read, wikitext): the one way this package calls wikiparser-node, with the English Wikipedia config.
import Parser from 'wikiparser-node';
import type { Token } from 'wikiparser-node';

let configured = false;

/**
 * Parses wikitext as a page view (not a transclusion); `maxStage` stops early (1 = comments and tags
 * only; never 0, which overflows the stack). Sets `Parser.config = 'enwiki'` on first use.
 * Parses with `Parser.viewOnly` on (we only read the tree): the parser then skips freezing and redefining
 * properties on every node, 10–17% of a parse. The caller's own setting is restored afterwards.
 * @example parsePage('{{Infobox battle}}').firstChild?.type // 'template'
 */
export function parsePage(source: string, maxStage?: number): Token {
  if (!configured) {
    Parser.config = 'enwiki';
    configured = true;
  }
  const viewOnly = Parser.viewOnly;
  Parser.viewOnly = true;
  try {
    return maxStage === undefined ? Parser.parse(source) : Parser.parse(source, false, Math.max(1, maxStage));
  } finally {
    Parser.viewOnly = viewOnly;
  }
}
