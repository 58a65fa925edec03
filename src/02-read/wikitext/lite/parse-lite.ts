// Stage 2 (read, wikitext): the fast reader. It reads the markup articles are made of — comments, extension tags,
// templates, parser functions, headings, HTML tags, tables, links, quotes, external links, lists — into LiteNode
// trees shaped like wikiparser-node's, in the same stage order, at a small fraction of the cost. Anything outside
// that subset (unclosed or odd markup, arguments, converters, unusual titles …) throws LiteUnsupported, and the
// caller parses with wikiparser-node instead; test/02-read/lite/ holds the two readers to the same answers.
import { scanTags } from '../scan-tags.js';
import { readLiteAttributes } from './lite-attributes.js';
import { liteConfig } from './lite-config.js';
import { LiteNode } from './lite-node.js';
import { normalizeLiteTitle, titleName } from './lite-title.js';
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * Extension tags whose content is wikitext the reader walks. A gallery's lines are read as plain wikitext: the
 * parser splits them into images, but all the reader takes from a gallery is the templates and refs it holds.
 */
const WIKITEXT_EXTS: ReadonlySet<string> = new Set(['ref', 'references', 'poem', 'gallery']);
/** Extension tags whose content is kept as one text node (nothing inside is read). */
const OPAQUE_EXTS: ReadonlySet<string> = new Set([
  'nowiki', 'math', 'chem', 'ce', 'syntaxhighlight', 'source', 'score', 'timeline', 'graph', 'templatedata',
  'mapframe', 'maplink', 'hiero', 'templatestyles', 'imagemap', 'categorytree', 'charinsert', 'inputbox',
  'section', 'indicator', 'pre', 'phonos',
]);
/** Parser functions whose parameters are all positional; `tag` and `invoke` take named ones too. */
const POSITIONAL_FUNCTIONS: ReadonlySet<string> = new Set([
  'if', 'ifeq', 'iferror', 'ifexpr', 'ifexist', 'expr', 'formatnum', 'lc', 'uc', 'lcfirst', 'ucfirst', 'defaultsort',
  'padleft', 'padright', 'urlencode', 'anchorencode', 'displaytitle', 'plural',
]);

const PLACEHOLDER = /\0(\d+)\x7F/g;

/** Inline stages, in wikiparser-node's order; a container made at one stage goes through the later ones. */
const enum Stage {
  Html = 0,
  Table = 1,
  Hr = 2,
  Links = 3,
  Quotes = 4,
  ExtLinks = 5,
  MagicLinks = 6,
  Lists = 7,
}

/**
 * Parses a page (stage-1 text: LF line ends, no control characters, bounded nesting) into a LiteNode root.
 * Throws LiteUnsupported for markup outside its subset.
 * @example parseLite("[[Foo|bar]] ''x''").childNodes.map((n) => n.type) // ['link', 'text', 'quote', 'text', 'quote']
 */
export function parseLite(source: string): LiteNode {
  if (source.includes('\0') || source.includes('\x7F')) throw new LiteUnsupported('control characters');
  if (/^\s*#redirect/i.test(source)) throw new LiteUnsupported('redirect');
  return new LiteParser().page(source);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A free address begins the text or follows a character that is not a letter, digit or '_'. */
function standsAlone(s: string, start: number): boolean {
  if (start === 0) return true;
  const c = s.charCodeAt(start - 1);
  const before = c >= 0xdc00 && c <= 0xdfff && start >= 2 ? String.fromCodePoint(s.codePointAt(start - 2)!) : s[start - 1]!;
  return !/[\p{L}\p{N}_]/u.test(before);
}

class LiteParser {
  private readonly atoms: LiteNode[] = [];
  private readonly config = liteConfig();

  page(source: string): LiteNode {
    let masked = this.tags(source);
    masked = this.braces(masked, true);
    masked = this.inline(masked, Stage.Html, true);
    return this.container('root', masked);
  }

  // ---- shared helpers ----------------------------------------------------------------------------------------

  private atom(node: LiteNode): string {
    this.atoms.push(node);
    return `\0${this.atoms.length - 1}\x7F`;
  }

  private restore(masked: string): string {
    return masked.includes('\0') ? masked.replace(PLACEHOLDER, (_, i: string) => String(this.atoms[Number(i)])) : masked;
  }

  /** The masked text's atoms and text runs as the children of a new node. */
  private container(type: string, masked: string, name?: string): LiteNode {
    const node = new LiteNode(type, masked.includes('\0') ? () => this.restore(masked) : masked);
    if (name !== undefined) node.name = name;
    return node.append(this.children(masked));
  }

  private children(masked: string): LiteNode[] {
    const out: LiteNode[] = [];
    let last = 0;
    for (let at = masked.indexOf('\0'); at >= 0; at = masked.indexOf('\0', last)) {
      const close = masked.indexOf('\x7F', at);
      if (at > last) out.push(new LiteNode('text', masked.slice(last, at)));
      out.push(this.atoms[Number(masked.slice(at + 1, close))]!);
      last = close + 1;
    }
    if (last < masked.length) out.push(new LiteNode('text', last === 0 ? masked : masked.slice(last)));
    return out;
  }

  private hidden(text: LiteNode): LiteNode {
    const node = this.leaf('noinclude', String(text));
    node.parentNode = text.parentNode;
    return node;
  }

  private leaf(type: string, text: string): LiteNode {
    return new LiteNode(type, text).append(text === '' ? [] : [new LiteNode('text', text)]);
  }

  /** The masked text without comment atoms; throws if any other atom is left. */
  private plainOf(masked: string, what: string): string {
    const out = masked.replace(PLACEHOLDER, (m, i: string) => (this.atoms[Number(i)]!.type === 'comment' ? '' : m));
    if (out.includes('\0')) throw new LiteUnsupported(`markup in ${what}`);
    return out;
  }

  private isAtom(masked: string, at: number, type: string): boolean {
    PLACEHOLDER.lastIndex = at;
    const m = PLACEHOLDER.exec(masked);
    return m !== null && m.index === at && this.atoms[Number(m[1])]!.type === type;
  }

  // ---- stage 1: comments and extension tags ------------------------------------------------------------------

  private tags(text: string): string {
    let out = '';
    for (const item of scanTags(text)) {
      const raw = text.slice(item.start, item.end);
      if (item.kind === 'text') out += raw;
      else if (item.kind === 'comment') {
        if (!item.closed) throw new LiteUnsupported('unclosed comment');
        const comment = new LiteNode('comment', raw).append([new LiteNode('text', raw.slice(4, -3))]);
        comment.closed = true;
        out += this.atom(comment);
      } else if (item.kind === 'ext') out += this.atom(this.ext(item.name, item.attrs, item.inner, raw));
      else throw new LiteUnsupported('include tags');
    }
    return out;
  }

  private ext(name: string, attrText: string, inner: string | null, raw: string): LiteNode {
    const attrs = readLiteAttributes(attrText);
    const node = new LiteNode('ext', raw);
    node.name = name;
    node.attrs = attrs;
    node.selfClosing = inner === null;
    node.closed = true;
    const attrsNode = new LiteNode('ext-attrs', attrText);
    attrsNode.name = name;
    let innerNode: LiteNode;
    if (inner === null || inner === '') {
      innerNode = new LiteNode('ext-inner', '');
      innerNode.name = name;
    } else if (WIKITEXT_EXTS.has(name)) {
      let masked = this.tags(inner);
      masked = this.braces(masked, false);
      masked = this.inline(masked, Stage.Html, name === 'poem');
      innerNode = this.container('ext-inner', masked, name);
      // In <references>, the text between the list-defined refs is hidden, as the parser marks it.
      if (name === 'references') innerNode.childNodes = innerNode.childNodes.map((c) => (c.type === 'text' ? this.hidden(c) : c));
    } else if (name === 'nowiki' || (OPAQUE_EXTS.has(name) && !/\{\{|<ref|\[\[|<nowiki|<pre/i.test(inner))) {
      innerNode = this.leaf('ext-inner', inner);
      innerNode.name = name;
    } else {
      throw new LiteUnsupported(`<${name}>`);
    }
    return node.append([attrsNode, innerNode]);
  }

  // ---- stage 2: templates, parser functions and (on the page) headings --------------------------------------

  private braces(masked: string, page: boolean): string {
    let out = '';
    let last = 0;
    for (let i = masked.indexOf('{{'); i >= 0; i = masked.indexOf('{{', last)) {
      if (masked[i + 2] === '{' || (i > 0 && masked[i - 1] === '{')) throw new LiteUnsupported('{{{');
      if (i > 0 && masked[i - 1] === '-') throw new LiteUnsupported('-{');
      const t = this.transclusion(masked, i);
      out += masked.slice(last, i) + t.atom;
      last = t.end;
    }
    out += masked.slice(last);
    if (out.includes('-{')) throw new LiteUnsupported('-{');
    if (out.includes('{{{') || out.includes('}}}')) throw new LiteUnsupported('{{{');
    return page ? this.headings(out, true) : out;
  }

  /** Reads the transclusion opening at `open` ('{{'); its nested ones first (innermost closes first). */
  private transclusion(s: string, open: number): { atom: string; end: number } {
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
        const inner = this.transclusion(s, j);
        cur += s.slice(seg, j) + inner.atom;
        seg = inner.end;
        j = seg - 1;
      } else if (c === 0x7d /* } */) {
        if (s.charCodeAt(j + 1) !== 0x7d) continue;
        if (brackets > 0) throw new LiteUnsupported('}} inside [[');
        parts.push({ masked: cur + s.slice(seg, j), eq });
        const raw = s.slice(open, j + 2);
        return { atom: this.atom(this.transclusionNode(parts, () => this.restore(raw))), end: j + 2 };
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
          if (lineStart >= open && /^(?:\0\d+\x7F)*$/.test(s.slice(lineStart + 1, j))) throw new LiteUnsupported('heading in a template');
        }
        if (eq < 0 && parts.length > 0) eq = cur.length + (j - seg);
      }
    }
    throw new LiteUnsupported('unclosed {{');
  }

  private transclusionNode(parts: readonly { masked: string; eq: number }[], raw: () => string): LiteNode {
    const head = parts[0]!.masked;
    const colon = head.indexOf(':');
    const prefix = colon >= 0 ? head.slice(0, colon) : head;
    if (prefix.includes('\0') && colon >= 0) {
      // A name with markup before any colon is a template whose name the parser alone can read.
      throw new LiteUnsupported('markup in a template name');
    }
    const fn = prefix.trim();
    if (this.config.modifiers.has(fn.toLowerCase())) throw new LiteUnsupported(`${fn}:`);
    const magic = this.config.insensitive.get(fn.toLowerCase()) ?? this.config.sensitive.get(fn);
    if (magic !== undefined && (colon >= 0 || this.isVariable(fn))) return this.magicWord(magic, fn, head, colon, parts, raw);
    if (this.config.insensitive.has(fn.toLowerCase().replace(/^#/, '')) || fn.startsWith('#')) throw new LiteUnsupported(`magic word ${fn}`);
    const written = this.plainOf(head, 'a template name').trim();
    if (written === '' || /[[\]{}<>|]/.test(written)) throw new LiteUnsupported(`template name ${written}`);
    const title = normalizeLiteTitle(written, 10);
    if (title.fragment !== undefined) throw new LiteUnsupported('template name with #');
    const node = new LiteNode('template', raw);
    node.name = titleName(title);
    node.append([this.leafMasked('template-name', head)]);
    let anon = 0;
    for (const part of parts.slice(1)) node.append([this.parameter(part, () => String(++anon))]);
    return node;
  }

  /** Variables ({{PAGENAME}}, {{!}}) are magic words only without a colon and written as configured. */
  private isVariable(name: string): boolean {
    return this.config.sensitive.has(name) || (this.config.insensitive.has(name.toLowerCase()) && !/[a-z]/i.test(name));
  }

  private magicWord(canonical: string, fn: string, head: string, colon: number, parts: readonly { masked: string; eq: number }[], raw: () => string): LiteNode {
    const name = canonical.replace(/^#/, '');
    const node = new LiteNode('magic-word', raw);
    node.name = name;
    node.append([this.leafMasked('magic-word-name', head.slice(0, colon >= 0 ? colon : head.length))]);
    if (colon < 0) {
      if (parts.length > 1) throw new LiteUnsupported(`{{${fn}|…}}`);
      return node;
    }
    const first = { masked: head.slice(colon + 1), eq: -1 };
    let anon = 0;
    const next = (): string => String(++anon);
    if (name === 'invoke') {
      const module = this.plainOf(first.masked, 'a module name').trim();
      const fnPart = parts[1];
      if (module === '' || fnPart === undefined || fnPart.masked.includes('\0')) throw new LiteUnsupported('#invoke');
      node.module = `Module:${normalizeLiteTitle(module, 0).main}`;
      node.append([this.leafMasked('invoke-module', first.masked), this.leafMasked('invoke-function', fnPart.masked)]);
      for (const part of parts.slice(2)) node.append([this.parameter(part, next)]);
    } else if (name === 'tag') {
      node.append([this.parameter(first, next)]);
      parts.slice(1).forEach((part, i) => node.append([this.parameter(i === 0 ? { masked: part.masked, eq: -1 } : part, next)]));
    } else if (POSITIONAL_FUNCTIONS.has(name)) {
      node.append([this.parameter(first, next)]);
      for (const part of parts.slice(1)) node.append([this.parameter({ masked: part.masked, eq: -1 }, next)]);
    } else {
      throw new LiteUnsupported(`{{${fn}:…}}`);
    }
    return node;
  }

  private parameter(part: { masked: string; eq: number }, nextAnon: () => string): LiteNode {
    const node = new LiteNode('parameter', () => this.restore(part.masked));
    if (part.eq >= 0) {
      const key = part.masked.slice(0, part.eq);
      node.name = (key.includes('\0') ? this.plainOf(key, 'a parameter name') : key).trim();
      node.anon = false;
      node.append([this.leafMasked('parameter-key', key), this.value(part.masked.slice(part.eq + 1))]);
    } else {
      node.name = nextAnon();
      node.anon = true;
      node.append([new LiteNode('parameter-key', ''), this.value(part.masked)]);
    }
    return node;
  }

  private value(masked: string): LiteNode {
    return this.container('parameter-value', this.inline(masked, Stage.Html, false));
  }

  /** A node whose content is the masked text as-is (names, keys): its atoms (comments) stay children. */
  private leafMasked(type: string, masked: string): LiteNode {
    return masked.includes('\0') ? this.container(type, masked) : this.leaf(type, masked);
  }

  /**
   * Page headings: a line of '=' … '=' (1–6 on each side, the lesser count wins) with only spaces and comments
   * after. A heading ends at the first line break not followed by a blank line: those blank lines stay in its trail.
   */
  private headings(masked: string, page: boolean): string {
    if (!(page ? /(?:^|\n)(?:\0\d+\x7F)*=/ : /\n(?:\0\d+\x7F)*=/).test(masked)) return masked;
    const lines = masked.split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // Comments may stand before a heading on its line; they stay outside it.
      const prefix = /^(?:\0\d+\x7F)*/.exec(line)![0];
      const heading = (page || i > 0) && line[prefix.length] === '=' ? this.readHeading(line.slice(prefix.length)) : null;
      if (heading === null) {
        out.push(line);
        continue;
      }
      if (!page) throw new LiteUnsupported('heading inside a value');
      if (prefix !== '' && !this.isBlankLine(prefix)) throw new LiteUnsupported('markup before a heading');
      let trail = heading.trail;
      let next = i + 1;
      while (next < lines.length - 1 && this.isBlankLine(lines[next]!)) trail += `\n${lines[next++]}`;
      i = next - 1;
      const title = this.container('heading-title', this.inline(heading.title, Stage.Html, false));
      const trailNode = this.container('heading-trail', trail);
      const equals = '='.repeat(heading.level);
      const node = new LiteNode('heading', () => `${equals}${String(title)}${equals}${String(trailNode)}`);
      node.level = heading.level;
      node.append([title, trailNode]);
      out.push(prefix + this.atom(node));
    }
    return out.join('\n');
  }

  private isBlankLine(line: string): boolean {
    if (!/^(?:[^\S\n]|\0\d+\x7F)*$/.test(line)) return false;
    const atoms = line.match(PLACEHOLDER) ?? [];
    return atoms.every((a) => this.atoms[Number(a.slice(1, -1))]!.type === 'comment');
  }

  private readHeading(line: string): { level: number; title: string; trail: string } | null {
    let end = line.length;
    // The trail: spaces and comments at the end of the line.
    for (;;) {
      const before = end;
      while (end > 0 && /\s/.test(line[end - 1]!)) end--;
      if (end > 0 && line[end - 1] === '\x7F') {
        const open = line.lastIndexOf('\0', end - 1);
        if (this.atoms[Number(line.slice(open + 1, end - 1))]!.type !== 'comment') break;
        end = open;
      }
      if (end === before) break;
    }
    const body = line.slice(0, end);
    if (/^=+$/.test(body)) {
      const level = Math.min(6, Math.floor((body.length - 1) / 2));
      return level === 0 ? null : { level, title: body.slice(level, body.length - level), trail: line.slice(end) };
    }
    // A link left open on the line may close on a later one: where the heading ends is the full parser's call.
    if (body.split('[[').length !== body.split(']]').length) throw new LiteUnsupported('open link in a heading');
    let lead = 0;
    while (lead < body.length && lead < 6 && body[lead] === '=') lead++;
    let tail = 0;
    while (tail < body.length && tail < 6 && body[body.length - 1 - tail] === '=') tail++;
    const level = Math.min(lead, tail);
    if (level === 0 || body.length - 2 * level < 1) return null;
    return { level, title: body.slice(level, body.length - level), trail: line.slice(end) };
  }

  // ---- stages 3–10: HTML, tables, hr and switches, links, quotes, external links, free links, lists ----------

  private inline(masked: string, from: Stage, firstLine: boolean): string {
    let s = masked;
    if (from <= Stage.Html && s.includes('<')) s = this.html(s);
    if (from <= Stage.Table && s.includes('{|')) s = this.tables(s, firstLine);
    if (from <= Stage.Hr) s = this.hrAndSwitches(s, firstLine);
    if (from <= Stage.Links && s.includes('[[')) s = this.links(s);
    if (from <= Stage.Quotes && s.includes("''")) s = this.quotes(s);
    if (from <= Stage.ExtLinks && s.includes('[')) s = this.extLinks(s);
    if (from <= Stage.MagicLinks) s = this.magicLinks(s);
    if (from <= Stage.Lists) s = this.lists(s, firstLine);
    return s;
  }

  private html(s: string): string {
    const bits = s.split('<');
    let out = bits[0]!;
    for (const bit of bits.slice(1)) {
      const m = /^(\/?)([a-z][^\s/>]*)((?:\s|\/(?!>))[^>]*?)?(\/?>)([^<]*)$/i.exec(bit);
      const name = m?.[2]?.toLowerCase();
      if (m === null || name === undefined || !this.config.html.has(name)) {
        out += `<${bit}`;
        continue;
      }
      if (name === 'meta' || name === 'link') throw new LiteUnsupported(`<${name}>`);
      const attrs = m[3] ?? '';
      if (attrs.includes('\0')) throw new LiteUnsupported('markup in HTML attributes');
      const rest = m[5]!;
      const raw = `<${bit.slice(0, bit.length - rest.length)}`;
      const node = new LiteNode('html', raw);
      node.name = name;
      node.closing = m[1] === '/';
      node.selfClosing = m[4] === '/>';
      const attrsNode = new LiteNode('html-attrs', attrs);
      attrsNode.name = name;
      node.append([attrsNode]);
      out += this.atom(node) + rest;
    }
    return out;
  }

  /** Tables: kept whole as one node (the cleaner skips them); what they hold stays reachable. */
  private tables(s: string, firstLine: boolean): string {
    const lines = s.split('\n');
    let out = '';
    for (let i = 0; i < lines.length; i++) {
      if (!/^[ \t]*:*[ \t]*\{\|/.test(lines[i]!)) {
        out += (i === 0 ? '' : '\n') + lines[i];
        continue;
      }
      if (!/^\{\|/.test(lines[i]!) || (i === 0 && !firstLine)) throw new LiteUnsupported('indented table');
      let depth = 0;
      let j = i;
      for (; j < lines.length; j++) {
        if (/^[ \t]*\{\|/.test(lines[j]!)) depth++;
        else if (/^[ \t]*\|\}/.test(lines[j]!)) depth--;
        if (depth === 0) break;
      }
      if (j >= lines.length || !/^\|\}\s*$/.test(lines[j]!)) throw new LiteUnsupported('table end');
      const body = lines.slice(i, j + 1).join('\n');
      out += (i === 0 ? '' : '\n') + this.atom(this.container('table', body));
      i = j;
    }
    return out;
  }

  private hrAndSwitches(s: string, firstLine: boolean): string {
    let out = s;
    if (out.includes('----')) {
      out = out.replace(/(^|\n)(-{4,})/g, (m, nl: string, dashes: string, at: number) => {
        if (at === 0 && nl === '' && !firstLine) return m;
        return nl + this.atom(this.leaf('hr', dashes));
      });
    }
    if (out.includes('__')) {
      out = out.replace(/__([a-z]+)__/gi, (m, word: string) => {
        if (!this.config.switches.has(word.toLowerCase())) return m;
        throw new LiteUnsupported('behaviour switch');
      });
    }
    return this.headings(out, false);
  }


  private links(s: string): string {
    const bits = s.split('[[');
    let out = bits[0]!;
    for (let i = 1; i < bits.length; i++) {
      const bit = bits[i]!;
      const head = /^[^\n[\]{}|]*/.exec(bit)![0];
      const afterHead = bit[head.length];
      // After a '|', the text is the shortest run that ends in a character other than ']' and meets ']]';
      // only when there is none does an empty text end at a ']]' right after the '|'.
      let close = -1;
      if (afterHead === '|') {
        for (let k = bit.indexOf(']]', head.length + 2); k >= 0; k = bit.indexOf(']]', k + 1)) {
          if (bit[k - 1] !== ']') {
            close = k;
            break;
          }
        }
        if (close < 0 && bit.startsWith(']]', head.length + 1)) close = head.length + 1;
      } else if (afterHead === ']' && bit.startsWith(']]', head.length)) close = head.length;
      if (close < 0) {
        // Not a plain link: a file with nested links, or text.
        const file = this.fileLink(bits, i);
        if (file === null) {
          out += `[[${bit}`;
          continue;
        }
        out += file.atom + file.after;
        i = file.next;
        continue;
      }
      if (this.config.addressTarget.test(head)) {
        out += `[[${bit}`;
        continue;
      }
      if (head.includes('\0')) throw new LiteUnsupported('markup in a link target');
      let text: string | undefined = afterHead === '|' ? bit.slice(head.length + 1, close) : undefined;
      let end = close + 2;
      // A link text may end in ']' when its ']]' is followed by another ']'.
      if (text !== undefined && bit[end] === ']' && text.includes('[')) {
        text += ']';
        end += 1;
      }
      const raw = `[[${bit.slice(0, end)}`;
      out += this.atom(this.linkNode(head, text, () => this.restore(raw))) + bit.slice(end);
    }
    return out;
  }

  private linkNode(target: string, text: string | undefined, raw: () => string): LiteNode {
    const trimmed = target.trim();
    const forced = trimmed.startsWith(':');
    const title = normalizeLiteTitle(forced ? trimmed.slice(1) : trimmed, 0);
    if (forced && title.ns === 0 && trimmed.slice(1).trim().startsWith(':')) throw new LiteUnsupported('::');
    let type = 'link';
    if (!forced && title.ns === 6) type = 'file';
    else if (!forced && title.ns === 14) type = 'category';
    const node = new LiteNode(type, raw);
    node.name = titleName(title);
    node.link = title;
    node.append([this.leaf('link-target', target)]);
    if (type === 'file') {
      node.append([this.container('image-parameter', text ?? '')]);
    } else if (text !== undefined) {
      // A link text gets bold and italic only: the parser reads no external or free links inside it.
      if (text.includes('\n')) throw new LiteUnsupported('line break in a link text');
      const label = this.container('link-text', this.quotes(text));
      node.append([label]);
    }
    return node;
  }

  /** [[File:…|…]] whose caption holds links: it ends at the ']]' that balances them. */
  private fileLink(bits: readonly string[], i: number): { atom: string; after: string; next: number } | null {
    const m = /^([^\n[\]{}|]+)\|([\s\S]*)$/.exec(bits[i]!);
    if (m === null) return null;
    const target = m[1]!;
    const trimmed = target.trim();
    const colon = trimmed.indexOf(':');
    if (colon < 0 || this.config.nsid.get(trimmed.slice(0, colon).trim().toLowerCase()) !== 6) return null;
    if (target.includes('\0')) throw new LiteUnsupported('markup in a file name');
    const title = normalizeLiteTitle(trimmed, 0);
    let text = m[2]!;
    let after: string | null = null;
    let j = i + 1;
    for (; j < bits.length; j++) {
      const p = bits[j]!.split(']]');
      if (p.length > 2) {
        text += `[[${p[0]}]]${p[1]}`;
        after = p.slice(2).join(']]');
        break;
      }
      if (p.length === 2) text += `[[${p[0]}]]${p[1]}`;
      else throw new LiteUnsupported('file caption');
    }
    if (after === null) throw new LiteUnsupported('unclosed file link');
    // Nested links are read inside the caption; what the cleaner and the reader need from a file is what it holds.
    const caption = this.links(text);
    const node = new LiteNode('file', () => `[[${target}|${this.restore(text)}]]`);
    node.name = titleName(title);
    node.link = title;
    node.append([this.leaf('link-target', target), this.container('image-parameter', caption)]);
    return { atom: this.atom(node), after, next: j };
  }

  /** Bold and italic, per line, with MediaWiki's rules for apostrophe runs that do not pair up. */
  private quotes(s: string): string {
    if (!s.includes("''")) return s;
    return s.split('\n').map((line) => (line.includes("''") ? this.quoteLine(line) : line)).join('\n');
  }

  private quoteLine(line: string): string {
    const arr = line.split(/('{2,})/);
    if (arr.length === 1) return line;
    let bold = 0;
    let italic = 0;
    let firstSingle: number | undefined;
    let firstMulti: number | undefined;
    let firstSpace: number | undefined;
    for (let i = 1; i < arr.length; i += 2) {
      const len = arr[i]!.length;
      if (len === 2) italic++;
      else if (len === 3 || len === 4) {
        if (len === 4) {
          arr[i - 1] += "'";
          arr[i] = "'''";
        }
        bold++;
        // Which bold run becomes italic if the counts are both odd: after a one-letter word, then after a longer one, then after a space.
        const before = arr[i - 1]!;
        if (firstSingle !== undefined) continue;
        if (before.endsWith(' ')) {
          if (firstMulti === undefined && firstSpace === undefined) firstSpace = i;
        } else if (before.slice(-2, -1) === ' ') firstSingle = i;
        else firstMulti ??= i;
      } else {
        arr[i - 1] += "'".repeat(len - 5);
        arr[i] = "'''''";
        italic++;
        bold++;
      }
    }
    if (italic % 2 === 1 && bold % 2 === 1) {
      const i = firstSingle ?? firstMulti ?? firstSpace;
      if (i !== undefined) {
        arr[i] = "''";
        arr[i - 1] += "'";
      }
    }
    for (let i = 1; i < arr.length; i += 2) arr[i] = this.atom(this.leaf('quote', arr[i]!));
    return arr.join('');
  }

  private extLinks(s: string): string {
    return s.replace(this.config.extLink, (m, url: string, space: string, text: string) => {
      if (/&[lg]t;/i.test(url) || (space === '' && this.absorbable(text))) throw new LiteUnsupported(`odd external link ${this.restore(m)}`);
      const node = new LiteNode('ext-link', () => this.restore(m));
      const children = [this.leaf('ext-link-url', url)];
      if (text !== '' || space !== '') children.push(this.container('ext-link-text', this.inline(text, Stage.Lists, false)));
      return this.atom(node.append(children));
    });
  }

  /** Whether text starts with an atom the parser might read as part of the address before it (a comment, {{!}} …). */
  private absorbable(text: string): boolean {
    const m = /^\0(\d+)\x7F/.exec(text);
    if (m === null) return false;
    const type = this.atoms[Number(m[1])]!.type;
    return type !== 'quote' && type !== 'html' && type !== 'ext';
  }

  /** Free addresses ("see http://a.org."), found from each ':' back to the start of its scheme. */
  private magicLinks(s: string): string {
    if (/(?:ISBN|RFC|PMID)/i.test(s)) throw new LiteUnsupported('ISBN/RFC/PMID');
    if (!s.includes(':')) return s;
    const at = this.config.freeLinkAt;
    let out = '';
    let last = 0;
    for (let colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', Math.max(colon + 1, last))) {
      let start = colon;
      while (start > last && isAsciiLetter(s.charCodeAt(start - 1))) start--;
      if (start === colon || !standsAlone(s, start)) continue;
      at.lastIndex = start;
      const m = at.exec(s);
      if (m === null) continue;
      const end = start + m[0].length;
      // The parser's address may run on through a comment or {{!}} right after it.
      if (s[end] === '\0') throw new LiteUnsupported('markup right after a URL');
      let url = m[0];
      if (/&(?:[lg]t|nbsp|#x0*(?:3[ce]|a0)|#0*(?:6[02]|160));/i.test(url)) throw new LiteUnsupported('entity in a URL');
      let trail = '';
      // Trailing punctuation is not part of the address; ')' is, when the address holds '('.
      const sep = (url.includes('(') ? /[^,;\\.:!?][,;\\.:!?]+$/ : /[^,;\\.:!?)][,;\\.:!?)]+$/).exec(url);
      if (sep !== null) {
        if (sep[0][1] === ';') throw new LiteUnsupported('; after a URL');
        trail = url.slice(sep.index + 1);
        url = url.slice(0, sep.index + 1);
      }
      if (trail.length >= m[2]!.length) continue;
      out += s.slice(last, start) + this.atom(this.leaf('free-ext-link', url)) + trail;
      last = end;
    }
    return last === 0 ? s : out + s.slice(last);
  }

  private lists(s: string, firstLine: boolean): string {
    if (!/(?:^|\n)(?:\0\d+\x7F)*[*#:;]/.test(s)) return s;
    const lines = s.split('\n');
    for (let i = firstLine ? 0 : 1; i < lines.length; i++) {
      const line = lines[i]!;
      const m = /^((?:\0\d+\x7F)*)([*#:;]+)(\s*)/.exec(line);
      if (m === null) continue;
      // Comments may stand before the markers; other markup there is the full parser's to judge.
      if (m[1] !== '' && !(m[1]!.match(PLACEHOLDER) ?? []).every((a) => this.atoms[Number(a.slice(1, -1))]!.type === 'comment')) {
        throw new LiteUnsupported('markup before a list');
      }
      // A term line (';' alone) is one list token; its ':' would start a definition, which is not read here.
      if (m[2]!.includes(';') && (m[2] !== ';' || line.includes(':', m[0].length))) throw new LiteUnsupported('definition list');
      lines[i] = m[1]! + this.atom(this.leaf('list', m[2]! + m[3]!)) + line.slice(m[0].length);
    }
    return lines.join('\n');
  }

}
