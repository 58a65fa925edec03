// Stage 2 (read, wikitext): comments and extension tags of a text, found with the very pattern wikiparser-node's
// first stage uses, but without building its tokens (which costs as much as the rest of `sections: false`).
import Parser from 'wikiparser-node';
import { parsePage } from '../../_lib/parse-page.js';

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

let pattern: RegExp | null = null;
/** Whether the config knows <translate> (read once: the config is set once). */
let translateTag: boolean | undefined;

/**
 * parseCommentAndExt's pattern for a page view (not a transclusion), with the configured extension tags. An
 * unclosed tag makes its lazy body scan to the end of the text once: the same cost the parser's own stage 1
 * pays on every full parse, so the scan never adds a worst case of its own.
 */
function tagPattern(): RegExp {
  if (pattern === null) {
    parsePage('x', 1); // sets the enwiki config once
    const exts = Parser.getConfig().ext.filter((e) => e !== 'translate' && e !== 'tvar').join('|');
    pattern = new RegExp(
      String.raw`<!--[\s\S]*?(?:-->|$)|<(?:no|only)include(?:\s[^>]*)?/?>|</(?:no|only)include\s*>|<(${exts})(\s[^>]*?)?(?:/>|>([\s\S]*?)</(\1\s*)>)|<(includeonly)(\s[^>]*?)?(?:/>|>([\s\S]*?)(?:</(includeonly\s*)>|$))`,
      'giu',
    );
  }
  return pattern;
}

/**
 * True when scanTags sees the text exactly as the parser does: the parser first drops NUL, DEL and a CR at a
 * line end, which would shift every offset, and treats <translate> specially.
 * @example canScanTags('a<ref>b</ref>') // true
 */
export function canScanTags(text: string): boolean {
  if (translateTag === undefined) {
    tagPattern(); // sets the enwiki config once
    translateTag = Parser.getConfig().ext.includes('translate');
  }
  // Single-character searches (memchr-fast) rather than a character-class scan of the page.
  return !text.includes('\0') && !text.includes('\x7F') && !text.includes('\r') && !translateTag;
}

/**
 * Splits a text into plain runs, comments, extension tags and include tags, in order, as wikiparser-node's
 * stage 1 does (same pattern, same order of alternatives); offsets are `base` plus the index in `text`.
 * @example scanTags('a<!--x--><ref name=n/>').map((t) => t.kind) // ['text', 'comment', 'ext']
 */
export function scanTags(text: string, base = 0): TagItem[] {
  const re = tagPattern();
  const items: TagItem[] = [];
  const item = (kind: TagItem['kind'], start: number, end: number): TagItem => ({ kind, start: base + start, end: base + end, closed: true, name: '', attrs: '', inner: null, innerStart: 0 });
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    if (m.index > last) items.push(item('text', last, m.index));
    const end = m.index + m[0].length;
    const tag = item('other', m.index, end);
    if (m[1] !== undefined) {
      tag.kind = 'ext';
      tag.name = m[1].toLowerCase();
      tag.attrs = m[2] ?? '';
      tag.inner = m[3] ?? null;
      tag.innerStart = base + m.index + 1 + m[1].length + tag.attrs.length + 1;
    } else if (m[0].startsWith('<!--')) {
      tag.kind = 'comment';
      tag.closed = m[0].endsWith('-->'); // the parser's own test
    }
    items.push(tag);
    last = end;
  }
  if (last < text.length) items.push(item('text', last, text.length));
  return items;
}

/**
 * The attributes of a tag when they are plainly written (`name="a b" group=n`), lower-case keys; null when
 * anything could make the parser read them otherwise (entities, markup, duplicates, odd spacing).
 * @example plainAttributes(' name="a" group=n')?.get('group') // 'n'
 */
export function plainAttributes(attrs: string): Map<string, string> | null {
  const out = new Map<string, string>();
  const n = attrs.length;
  let i = 0;
  for (;;) {
    const before = i;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n) return out;
    if (i === before) return null; // attributes are separated by spaces
    let k = i;
    while (k < n && isLowerLetter(attrs.charCodeAt(k))) k++;
    if (k === i) return null;
    const key = attrs.slice(i, k);
    i = k;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (attrs[i] !== '=') return null;
    i++;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const quote = attrs[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = attrs.indexOf(quote, i + 1);
      if (close < 0) return null;
      value = attrs.slice(i + 1, close);
      i = close + 1;
    } else {
      let e = i;
      while (e < n && isBareValueChar(attrs.charCodeAt(e))) e++;
      if (e === i) return null;
      value = attrs.slice(i, e);
      i = e;
    }
    if (/[&<>{}[\]|"']/.test(value) || out.has(key)) return null;
    out.set(key, value);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

function isLowerLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Letters, digits, '-', '_', '.', ':' — what a bare attribute value safely holds. */
function isBareValueChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x3a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e;
}
