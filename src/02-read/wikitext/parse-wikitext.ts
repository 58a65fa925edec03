// Stage 2 (read, wikitext): the parse the reader and the cleaner walk — the fast reader's tree when the text is
// within its subset, else wikiparser-node's. Both answer the same node API (type, childNodes, name, getAllArgs …).
import type { WikiElement } from './wiki-node.js';
import { parsePage } from '../../_lib/parse-page.js';
import { LiteUnsupported } from './lite/lite-unsupported.js';
import { parseLite } from './lite/parse-lite.js';
import { readerSwitches } from './reader-switches.js';

/** Told of every text the fast reader leaves to wikiparser-node, and why (scripts/count-declines.ts listens). */
export const declineListener: { onDecline: ((reason: string, source: string) => void) | null } = { onDecline: null };

/**
 * Parses stage-1 wikitext for reading: parseLite first (about 15× faster), wikiparser-node when parseLite declines
 * (LiteUnsupported) — or fails in any other way, so that a fast-reader bug costs time, never an answer.
 * @example parseWikitext('{{Infobox battle|date=1916}}').firstChild?.type // 'template'
 */
export function parseWikitext(source: string): WikiElement {
  if (readerSwitches.lite) {
    try {
      return parseLite(source);
    } catch (e) {
      // Declined or failed: the full parser reads it.
      declineListener.onDecline?.(e instanceof LiteUnsupported ? e.reason : `failure: ${String(e)}`, source);
    }
  }
  return parsePage(source);
}
