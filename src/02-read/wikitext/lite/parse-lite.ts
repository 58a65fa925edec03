// Stage 2 (read, wikitext): the fast reader. It reads the markup articles are made of — comments, extension tags,
// templates, parser functions, headings, HTML tags, tables, links, quotes, external links, lists — into LiteNode
// trees shaped like wikiparser-node's, in the same stage order, at a small fraction of the cost. Anything outside
// that subset (unclosed or odd markup, arguments, converters, unusual titles …) throws LiteUnsupported, and the
// caller parses with wikiparser-node instead; test/02-read/lite/ holds the two readers to the same answers.
import { braces } from './lite-braces.js';
import { inline } from './lite-inline.js';
import type { LiteNode } from './lite-node.js';
import { LiteState } from './lite-state.js';
import { tags } from './lite-tags.js';
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * Parses a page (stage-1 text: LF line ends, no control characters, bounded nesting) into a LiteNode root.
 * Throws LiteUnsupported for markup outside its subset.
 * @example parseLite("[[Foo|bar]] ''x''").childNodes.map((n) => n.type) // ['link', 'text', 'quote', 'text', 'quote']
 */
export function parseLite(source: string): LiteNode {
  if (source.includes('\0') || source.includes('\x7F')) throw new LiteUnsupported('control characters');
  if (/^\s*#redirect/i.test(source)) throw new LiteUnsupported('redirect');
  const st = new LiteState();
  let masked = tags(st, source);
  masked = braces(st, masked, true);
  masked = inline(st, masked, true);
  return st.container('root', masked);
}
