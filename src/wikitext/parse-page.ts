// Wikitext parser: the one way this package calls wikiparser-node, with the English Wikipedia config.
import Parser from 'wikiparser-node';
import type { ConfigData, Token } from 'wikiparser-node';
// Imported, not named ('enwiki'): the parser would load it from its own folder, which the built package, with the
// parser bundled into dist/ (and in a browser), does not have.
import enwiki from 'wikiparser-node/config/enwiki.json';

let configured = false;

/**
 * Parses wikitext as a page view (not a transclusion); `maxStage` stops early (1 = comments and tags
 * only; never 0, which overflows the stack). Sets `Parser.config` to the enwiki config on first use.
 * Parses with `Parser.viewOnly` on (we only read the tree): the parser then skips freezing and redefining
 * properties on every node, a sizeable share of a parse. The caller's own setting is restored afterwards.
 * @example parsePage('{{Infobox battle}}').firstChild?.type // 'template'
 */
export function parsePage(source: string, maxStage?: number): Token {
  if (!configured) {
    Parser.config = enwiki as unknown as ConfigData;
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
