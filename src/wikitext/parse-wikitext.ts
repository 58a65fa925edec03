// Wikitext parser: the parse the reader and the cleaner walk — the fast reader's tree when the text is
// within its subset, else wikiparser-node's. Both answer the same node API (type, childNodes, name, getAllArgs …).
import type { WikiElement } from './wiki-node.js';
import type { Context } from '../_lib/context.js';
import { parsePage } from './parse-page.js';
import { LiteUnsupported } from './fast/lite-unsupported.js';
import { parseLite } from './fast/parse-lite.js';
import { FAST_PATH, type ReaderSwitches } from './fast/reader-switches.js';

/** Told of every text the fast reader leaves to wikiparser-node, and why (scripts/count-declines.ts listens). */
export const declineListener: { onDecline: ((reason: string, source: string) => void) | null } = { onDecline: null };

/** Times the fast reader failed other than by declining: a bug in it (the test setup holds this at 0). */
export const fastReaderFailures = { count: 0 };

/**
 * Parses prepared wikitext for reading: parseLite first (much faster), wikiparser-node when parseLite declines
 * (LiteUnsupported). Any other error from parseLite is a bug: the text is still read by wikiparser-node, with an
 * `internal-error` warning on `ctx`, and counted, so it never goes unseen.
 * @example parseWikitext('{{Infobox battle|date=1916}}').firstChild?.type // 'template'
 */
export function parseWikitext(source: string, ctx?: Context, switches: ReaderSwitches = FAST_PATH): WikiElement {
  if (switches.lite) {
    try {
      return parseLite(source);
    } catch (e) {
      if (!(e instanceof LiteUnsupported)) {
        fastReaderFailures.count++;
        const message = e instanceof Error ? e.message : String(e);
        ctx?.warn(
          'internal-error',
          `The fast wikitext reader failed (${message}); wikiparser-node read the text instead. Please report it.`,
        );
      }
      declineListener.onDecline?.(e instanceof LiteUnsupported ? e.reason : `failure: ${String(e)}`, source);
    }
  }
  return parsePage(source);
}
