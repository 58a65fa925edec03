// Stage 2 (read, wikitext): the parse the reader and the cleaner walk — the fast reader's tree when the text is
// within its subset, else wikiparser-node's. Both answer the same node API (type, childNodes, name, getAllArgs …).
import type { Token } from 'wikiparser-node';
import { parsePage } from '../../_lib/parse-page.js';
import { parseLite } from './lite/parse-lite.js';
import { readerSwitches } from './reader-switches.js';

/**
 * Parses stage-1 wikitext for reading: parseLite first (about 15× faster), wikiparser-node when parseLite declines
 * (LiteUnsupported) — or fails in any other way, so that a fast-reader bug costs time, never an answer.
 * @example parseWikitext('{{Infobox battle|date=1916}}').firstChild?.type // 'template'
 */
export function parseWikitext(source: string): Token {
  if (readerSwitches.lite) {
    try {
      // LiteNode answers the part of Token's API this package reads (lite-node.ts).
      return parseLite(source) as unknown as Token;
    } catch {
      // Declined or failed: the full parser reads it.
    }
  }
  return parsePage(source);
}
