// Wikitext parser: the fast reader. It reads the markup articles are made of — a redirect, comments,
// extension tags, templates, parser functions, headings, HTML tags, tables, links, quotes, external links, magic
// links, lists — into LiteNode trees shaped like wikiparser-node's, in the same stage order, at a small fraction of
// the cost. Anything outside that subset (unclosed or odd markup, arguments, converters, unusual titles …) throws
// LiteUnsupported, and the caller parses with wikiparser-node instead; test/wikitext/fast/ holds the two readers to
// the same answers.
import { braces } from './lite-braces.js';
import { inline } from './lite-inline.js';
import { LiteNode, type LiteTitle } from './lite-node.js';
import { LiteState } from './lite-state.js';
import { tags } from './lite-tags.js';
import { normalizeLiteTitle, titleName } from './lite-title.js';
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * Parses a page (prepared text: LF line ends, no control characters, bounded nesting) into a LiteNode root.
 * Throws LiteUnsupported for markup outside its subset.
 * @example parseLite("[[Foo|bar]] ''x''").childNodes.map((n) => n.type) // ['link', 'text', 'quote', 'text', 'quote']
 */
export function parseLite(source: string): LiteNode {
  if (source.includes('\0') || source.includes('\x7F')) throw new LiteUnsupported('control characters');
  const st = new LiteState();
  const redirect = readRedirect(st, source);
  const rest = redirect === null ? source : source.slice(redirect.length);
  let masked = tags(st, rest);
  masked = braces(st, masked, true);
  masked = inline(st, masked, true);
  return st.container('root', redirect === null ? masked : st.atom(redirect.node) + masked);
}

/**
 * `#REDIRECT [[Target|text]]` at the page's start, read from the raw text as the parser does: the redirect node
 * (keyword, then the target with its ignored text) and how much of the page it takes, trailing white space
 * included. What follows is read as a page of its own: the parser, too, reads a list, heading, rule or table right
 * after a redirect as if it began a line.
 * @example readRedirect(st, '#REDIRECT [[Foo]]\n{{R}}')?.length // 18
 */
function readRedirect(st: LiteState, source: string): { node: LiteNode; length: number } | null {
  if (!/^\s*#/.test(source)) return null;
  const m = st.config.redirect.exec(source);
  if (m === null) return null;
  const [whole, , keyword, target, text] = m as unknown as [string, string, string, string, string | undefined];
  // A target that is no page ('#x') leaves '#REDIRECT' a list line, as in the parser.
  const trimmed = target.trim();
  if (trimmed.startsWith('#')) return null;
  // Whether the parser finds a page in any other odd target ('::A', ':#x', markup, entities it decodes into
  // brackets …) is its call.
  const page = trimmed.startsWith(':') ? trimmed.slice(1) : trimmed;
  const title = /^\s*[:#]/.test(page) ? null : readTitle(page);
  if (title === null || title.main === '') throw new LiteUnsupported('redirect target', target);
  const targetNode = new LiteNode('redirect-target', `[[${target}${text ?? ''}]]`);
  targetNode.name = titleName(title);
  targetNode.append([st.leaf('link-target', target)]);
  if (text !== undefined) targetNode.append([st.leaf('noinclude', text.slice(1))]);
  const node = new LiteNode('redirect', whole).append([st.leaf('redirect-syntax', keyword), targetNode]);
  return { node, length: whole.length };
}

/** The title a plain target names; null when the fast reader leaves the target to the parser. */
function readTitle(target: string): LiteTitle | null {
  try {
    return normalizeLiteTitle(target, 0);
  } catch (e) {
    if (e instanceof LiteUnsupported) return null;
    throw e;
  }
}
