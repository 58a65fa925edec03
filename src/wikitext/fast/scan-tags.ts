// Wikitext parser: comments and extension tags of a text, found with the very pattern wikiparser-node's
// first stage uses, but without building its tokens (which costs as much as the rest of `sections: false`).
import Parser from 'wikiparser-node';
import { parsePage } from '../parse-page.js';

export interface TagItem {
  kind: 'text' | 'comment' | 'ext' | 'other';
  start: number;
  end: number;
  /** Comments: false when '-->' is missing. */
  closed: boolean;
  /** Extension tags: the lower-case name, the attribute text, the content (null when self-closing) and its offset. */
  name: string;
  attrs: string;
  inner: string | null;
  innerStart: number;
}

/** Whether the config knows <translate> (read once: the config is set once). */
let translateTag: boolean | undefined;

/**
 * The pieces of parseCommentAndExt's pattern for a page view (not a transclusion), with the configured extension
 * tags, each tried where the whole pattern would try it. As one expression, an unclosed `<ref>` made its lazy body
 * scan to the end of the text, once per opener: quadratic on `a<ref>b` repeated. Apart, each opener first asks
 * whether a closing tag of its name follows at all, and where the next `>` is, both known in constant time.
 */
interface TagPatterns {
  /** `<name` of an extension tag, at a place where a tag may start (sticky). */
  opener: RegExp;
  /** Every closing tag of an extension tag, to find the last of each name. */
  closers: RegExp;
  /** A closing tag of one name, from a place on (global), by lower-case name. */
  closerOf: Map<string, RegExp>;
  /** Include tags (sticky): `<noinclude …>`, `</onlyinclude >`. */
  include: RegExp;
  /** `<includeonly …>` up to its closing tag or the end of the text (sticky). */
  includeOnly: RegExp;
}

let patterns: TagPatterns | null = null;

function tagPatterns(): TagPatterns {
  if (patterns === null) {
    parsePage('x', 1); // sets the enwiki config once
    const names = Parser.getConfig().ext.filter((e) => e !== 'translate' && e !== 'tvar');
    const exts = names.join('|');
    patterns = {
      // the lookahead picks the one name the whole pattern could go on with (`ref` is no `<references`)
      opener: new RegExp(String.raw`<(${exts})(?=\s|/>|>)`, 'iuy'),
      closers: new RegExp(String.raw`</(${exts})\s*>`, 'giu'),
      closerOf: new Map(names.map((n) => [n.toLowerCase(), new RegExp(String.raw`</(${n}\s*)>`, 'giu')])),
      include: /<(?:no|only)include(?:\s[^>]*)?\/?>|<\/(?:no|only)include\s*>/iuy,
      includeOnly: /<(includeonly)(\s[^>]*?)?(?:\/>|>([\s\S]*?)(?:<\/(includeonly\s*)>|$))/iuy,
    };
  }
  return patterns;
}

/**
 * True when scanTags sees the text exactly as the parser does: the parser first drops NUL, DEL and a CR at a
 * line end, which would shift every offset, and treats <translate> specially.
 * @example canScanTags('a<ref>b</ref>') // true
 */
export function canScanTags(text: string): boolean {
  if (translateTag === undefined) {
    tagPatterns(); // sets the enwiki config once
    translateTag = Parser.getConfig().ext.includes('translate');
  }
  // Single-character searches (memchr-fast) rather than a character-class scan of the page.
  return !text.includes('\0') && !text.includes('\x7F') && !text.includes('\r') && !translateTag;
}

/**
 * Splits a text into plain runs, comments, extension tags and include tags, in order, as wikiparser-node's
 * first parse stage does (same pattern, same order of alternatives); offsets are `base` plus the index in `text`.
 * @example scanTags('a<!--x--><ref name=n/>').map((t) => t.kind) // ['text', 'comment', 'ext']
 */
export function scanTags(text: string, base = 0): TagItem[] {
  const p = tagPatterns();
  const items: TagItem[] = [];
  const item = (kind: TagItem['kind'], start: number, end: number): TagItem => ({
    kind,
    start: base + start,
    end: base + end,
    closed: true,
    name: '',
    attrs: '',
    inner: null,
    innerStart: 0,
  });
  // where the last closing tag of each name starts: an opener after it can have no body
  const lastCloser = new Map<string, number>();
  p.closers.lastIndex = 0;
  for (let m = p.closers.exec(text); m !== null; m = p.closers.exec(text)) lastCloser.set(m[1]!.toLowerCase(), m.index);
  let gt = -1; // the first '>' at or after the opener being tried (openers come in order, so it only moves on)
  let last = 0;
  for (let at = text.indexOf('<'); at >= 0 && at < text.length; at = text.indexOf('<', at)) {
    const tag = readTagAt(text, at, p, lastCloser, () => {
      if (gt < at) gt = text.indexOf('>', at);
      return gt;
    });
    if (tag === null) {
      at++;
      continue;
    }
    if (at > last) items.push(item('text', last, at));
    const t = item(tag.kind, at, tag.end);
    t.closed = tag.closed;
    if (tag.kind === 'ext') {
      t.name = tag.name;
      t.attrs = tag.attrs;
      t.inner = tag.inner;
      t.innerStart = base + at + 1 + tag.name.length + tag.attrs.length + 1;
    }
    items.push(t);
    last = at = tag.end;
  }
  if (last < text.length) items.push(item('text', last, text.length));
  return items;
}

interface TagAt {
  kind: TagItem['kind'];
  end: number;
  closed: boolean;
  name: string;
  attrs: string;
  inner: string | null;
}

/** The comment or tag the parser's pattern matches at `at` (its alternatives in its order), or null. */
function readTagAt(
  text: string,
  at: number,
  p: TagPatterns,
  lastCloser: ReadonlyMap<string, number>,
  nextGt: () => number,
): TagAt | null {
  const none = { closed: true, name: '', attrs: '', inner: null };
  if (text.startsWith('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    // the parser's own test of a closed comment: the match ends with `-->` (`<!-->` alone does not)
    return { ...none, kind: 'comment', end: close < 0 ? text.length : close + 3, closed: close >= 0 };
  }
  p.include.lastIndex = at;
  const include = p.include.exec(text);
  if (include !== null) return { ...none, kind: 'other', end: at + include[0].length };
  p.opener.lastIndex = at;
  const opener = p.opener.exec(text);
  if (opener !== null) {
    const gt = nextGt();
    const name = opener[1]!.toLowerCase();
    const nameEnd = at + opener[0].length;
    if (gt >= 0) {
      // `(\s[^>]*?)?` then `/>` or `>`: the attributes run to the first `>`, a self-closing tag's to its `/`
      if (text.charAt(gt - 1) === '/' && gt - 1 >= nameEnd) {
        return { kind: 'ext', end: gt + 1, closed: true, name, attrs: text.slice(nameEnd, gt - 1), inner: null };
      }
      const closerAt = lastCloser.get(name) ?? -1;
      if (closerAt > gt) {
        const closer = p.closerOf.get(name)!;
        closer.lastIndex = gt + 1;
        const c = closer.exec(text)!;
        return {
          kind: 'ext',
          end: c.index + c[0].length,
          closed: true,
          name,
          attrs: text.slice(nameEnd, gt),
          inner: text.slice(gt + 1, c.index),
        };
      }
    }
  }
  p.includeOnly.lastIndex = at;
  const includeOnly = p.includeOnly.exec(text);
  if (includeOnly !== null && includeOnly[0] !== '') return { ...none, kind: 'other', end: at + includeOnly[0].length };
  return null;
}

/** `key=value`, the value quoted or bare, then a space or the end (sticky). */
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))(?=\s|$)/y;
/** Only spaces from here to the end (sticky). */
const REST_IS_SPACE = /\s*$/y;
/** A value holding markup or a marker: the parser may read it otherwise. */
const MARKUP_IN_VALUE = /[<>{}[\]|\0]/;

/**
 * The attributes of a tag (`name="a b" group=n`) as wikiparser-node's getAttr gives them: keys in lower case, values
 * raw (entities are not decoded); null for what is left to the parser (a key without a value, a key twice, markup
 * in a value, a value run into the next key). The page outline and the fast reader both read attributes by it.
 * @example plainAttributes(' NAME=a(b) group="x y"')?.get('group') // 'x y'
 */
export function plainAttributes(attrs: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let at = 0;
  for (;;) {
    REST_IS_SPACE.lastIndex = at;
    if (REST_IS_SPACE.test(attrs)) return out;
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(attrs);
    if (m === null) return null;
    const key = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (out.has(key) || MARKUP_IN_VALUE.test(value)) return null;
    out.set(key, value);
    at = ATTRIBUTE.lastIndex;
  }
}
