// Wikitext parser: the fast reader's second stage — templates, parser functions and their parameters
// (innermost first, as MediaWiki's preprocessor pairs braces), then, on the page, headings.
import { MAX_MARKUP_DEPTH } from '../limit-markup.js';
import { headings, inline } from './lite-inline.js';
import { LiteNode } from './lite-node.js';
import type { LiteState } from './lite-state.js';
import { normalizeLiteTitle, titleName } from './lite-title.js';
import { LiteUnsupported } from './lite-unsupported.js';

/** Parser functions whose parameters are all positional; `tag` and `invoke` take named ones too. */
const POSITIONAL_FUNCTIONS: ReadonlySet<string> = new Set([
  'if',
  'ifeq',
  'iferror',
  'ifexpr',
  'ifexist',
  'expr',
  'formatnum',
  'lc',
  'uc',
  'lcfirst',
  'ucfirst',
  'defaultsort',
  'padleft',
  'padright',
  'urlencode',
  'anchorencode',
  'displaytitle',
  'plural',
]);

/**
 * Templates and parser functions become atoms (a '{{{' argument, an unclosed '{{' or a '-{' converter is declined);
 * on the page, heading lines too.
 * @example braces(st, 'a {{b|c=d}}', true) // 'a \0' + index + '\x7F'
 */
export function braces(st: LiteState, masked: string, page: boolean): string {
  let out = '';
  let last = 0;
  for (let i = masked.indexOf('{{'); i >= 0; i = masked.indexOf('{{', last)) {
    if (masked[i + 2] === '{' || (i > 0 && masked[i - 1] === '{')) throw new LiteUnsupported('{{{');
    if (i > 0 && masked[i - 1] === '-') throw new LiteUnsupported('-{');
    const t = transclusion(st, masked, i);
    out += masked.slice(last, i) + t.atom;
    last = t.end;
  }
  out += masked.slice(last);
  if (out.includes('-{')) throw new LiteUnsupported('-{');
  if (out.includes('{{{') || out.includes('}}}')) throw new LiteUnsupported('{{{');
  return page ? headings(st, out, true) : out;
}

/**
 * Reads the transclusion opening at `open` ('{{'); its nested ones first (innermost closes first). Closed pairs
 * reach at most MAX_MARKUP_DEPTH (limitMarkup runs first), so a deeper opener is an unclosed one: declined there,
 * before a run of thousands of them overflows the stack.
 */
function transclusion(st: LiteState, s: string, open: number, depth = 1): { atom: string; end: number } {
  if (depth > MAX_MARKUP_DEPTH) throw new LiteUnsupported('deep {{');
  const parts: { masked: string; eq: number }[] = [];
  let cur = '';
  let eq = -1;
  let brackets = 0;
  let seg = open + 2;
  // A character loop rather than a regex: no match object per '|' and '=' (cite templates hold hundreds).
  for (let j = seg; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x7b /* { */) {
      if (s.charCodeAt(j + 1) !== 0x7b) continue;
      if (s.charCodeAt(j + 2) === 0x7b) throw new LiteUnsupported('{{{');
      const inner = transclusion(st, s, j, depth + 1);
      cur += s.slice(seg, j) + inner.atom;
      seg = inner.end;
      j = seg - 1;
    } else if (c === 0x7d /* } */) {
      if (s.charCodeAt(j + 1) !== 0x7d) continue;
      if (brackets > 0) throw new LiteUnsupported('}} inside [[');
      parts.push({ masked: cur + s.slice(seg, j), eq });
      const raw = s.slice(open, j + 2);
      return { atom: st.atom(transclusionNode(st, parts, () => st.restore(raw))), end: j + 2 };
    } else if (c === 0x5b /* [ */) {
      if (s.charCodeAt(j + 1) === 0x5b) {
        brackets++;
        j++;
      }
    } else if (c === 0x5d /* ] */) {
      if (s.charCodeAt(j + 1) === 0x5d && brackets > 0) {
        brackets--;
        j++;
      }
    } else if (c === 0x7c /* | */) {
      if (brackets > 0) continue;
      parts.push({ masked: cur + s.slice(seg, j), eq });
      cur = '';
      eq = -1;
      seg = j + 1;
    } else if (c === 0x3d /* = */ && brackets === 0) {
      // The first '=' in a parameter splits name from value; one that starts a line is a heading's, and
      // only a '=' right after a line break (or after atoms that follow one) can start a line.
      const before = s.charCodeAt(j - 1);
      if (before === 0x0a || before === 0x7f) {
        const lineStart = s.lastIndexOf('\n', j - 1);
        if (lineStart >= open && /^(?:\0\d+\x7F)*$/.test(s.slice(lineStart + 1, j)))
          throw new LiteUnsupported('heading in a template');
      }
      if (eq < 0 && parts.length > 0) eq = cur.length + (j - seg);
    }
  }
  throw new LiteUnsupported('unclosed {{');
}

function transclusionNode(
  st: LiteState,
  parts: readonly { masked: string; eq: number }[],
  raw: () => string,
): LiteNode {
  const head = parts[0]!.masked;
  const colon = head.indexOf(':');
  const prefix = colon >= 0 ? head.slice(0, colon) : head;
  if (prefix.includes('\0') && colon >= 0) {
    // A name with markup before any colon is a template whose name the parser alone can read.
    throw new LiteUnsupported('markup in a template name');
  }
  const fn = prefix.trim();
  if (st.config.modifiers.has(fn.toLowerCase())) throw new LiteUnsupported('transclusion modifier', `${fn}:`);
  const magic = st.config.insensitive.get(fn.toLowerCase()) ?? st.config.sensitive.get(fn);
  if (magic !== undefined && (colon >= 0 || isVariable(st, fn)))
    return magicWord(st, magic, fn, head, colon, parts, raw);
  if (st.config.insensitive.has(fn.toLowerCase().replace(/^#/, '')) || fn.startsWith('#'))
    throw new LiteUnsupported('unknown magic word', fn);
  const written = st.plainOf(head, 'a template name').trim();
  if (written === '' || /[[\]{}<>|]/.test(written)) throw new LiteUnsupported('template name', written);
  const title = normalizeLiteTitle(written, 10);
  if (title.fragment !== undefined) throw new LiteUnsupported('template name with #');
  const node = new LiteNode('template', raw);
  node.name = titleName(title);
  node.append([st.leafMasked('template-name', head)]);
  let anon = 0;
  for (const part of parts.slice(1)) node.append([parameter(st, part, () => String(++anon))]);
  return node;
}

/** Variables ({{PAGENAME}}, {{!}}) are magic words only without a colon and written as configured. */
function isVariable(st: LiteState, name: string): boolean {
  return st.config.sensitive.has(name) || (st.config.insensitive.has(name.toLowerCase()) && !/[a-z]/i.test(name));
}

function magicWord(
  st: LiteState,
  canonical: string,
  fn: string,
  head: string,
  colon: number,
  parts: readonly { masked: string; eq: number }[],
  raw: () => string,
): LiteNode {
  const name = canonical.replace(/^#/, '');
  const node = new LiteNode('magic-word', raw);
  node.name = name;
  node.append([st.leafMasked('magic-word-name', head.slice(0, colon >= 0 ? colon : head.length))]);
  if (colon < 0) {
    if (parts.length > 1) throw new LiteUnsupported('variable with parameters', `{{${fn}|…}}`);
    return node;
  }
  const first = { masked: head.slice(colon + 1), eq: -1 };
  let anon = 0;
  const next = (): string => String(++anon);
  if (name === 'invoke') {
    const module = st.plainOf(first.masked, 'a module name').trim();
    const fnPart = parts[1];
    if (module === '' || fnPart === undefined || fnPart.masked.includes('\0')) throw new LiteUnsupported('#invoke');
    node.module = `Module:${normalizeLiteTitle(module, 0).main}`;
    node.append([st.leafMasked('invoke-module', first.masked), st.leafMasked('invoke-function', fnPart.masked)]);
    for (const part of parts.slice(2)) node.append([parameter(st, part, next)]);
  } else if (name === 'tag') {
    node.append([parameter(st, first, next)]);
    for (const [i, part] of parts.slice(1).entries()) {
      node.append([parameter(st, i === 0 ? { masked: part.masked, eq: -1 } : part, next)]);
    }
  } else if (POSITIONAL_FUNCTIONS.has(name)) {
    node.append([parameter(st, first, next)]);
    for (const part of parts.slice(1)) node.append([parameter(st, { masked: part.masked, eq: -1 }, next)]);
  } else {
    throw new LiteUnsupported('unread parser function', `{{${fn}:…}}`);
  }
  return node;
}

function parameter(st: LiteState, part: { masked: string; eq: number }, nextAnon: () => string): LiteNode {
  const node = new LiteNode('parameter', () => st.restore(part.masked));
  if (part.eq >= 0) {
    const key = part.masked.slice(0, part.eq);
    node.name = (key.includes('\0') ? st.plainOf(key, 'a parameter name') : key).trim();
    node.anon = false;
    node.append([st.leafMasked('parameter-key', key), value(st, part.masked.slice(part.eq + 1))]);
  } else {
    node.name = nextAnon();
    node.anon = true;
    node.append([new LiteNode('parameter-key', ''), value(st, part.masked)]);
  }
  return node;
}

function value(st: LiteState, masked: string): LiteNode {
  return st.container('parameter-value', inline(st, masked, false));
}
