// Wikitext parser: the fast reader's inline stages, in wikiparser-node's order, and the ones that work
// on whole lines: HTML tags, tables, hr and behaviour switches, headings.
import { readHeadingLine } from '../../_lib/read-heading-line.js';
import { links } from './lite-links.js';
import { lists } from './lite-lists.js';
import { LiteNode } from './lite-node.js';
import { quotes } from './lite-quotes.js';
import type { LiteState } from './lite-state.js';
import { LiteUnsupported } from './lite-unsupported.js';
import { extLinks, magicLinks } from './lite-urls.js';

/**
 * The inline stages on a container's masked text, in wikiparser-node's order: HTML tags, tables, hr and switches
 * (and headings), links, quotes, external links, free links, lists. `firstLine`: whether the text begins a line
 * (the page, a poem), so that its first line may hold a list, an hr or a heading.
 * @example inline(new LiteState(), "''a''", true) // '\0' atoms for the two quotes around 'a'
 */
export function inline(st: LiteState, masked: string, firstLine: boolean): string {
  let s = masked;
  if (s.includes('<')) s = html(st, s);
  if (s.includes('{|')) s = tables(st, s, firstLine);
  s = hrAndSwitches(st, s, firstLine);
  if (s.includes('[[')) s = links(st, s);
  if (s.includes("''")) s = quotes(st, s);
  if (s.includes('[')) s = extLinks(st, s);
  s = magicLinks(st, s);
  return lists(st, s, firstLine);
}

/**
 * HTML tags the config knows become atoms (each tag its own, as in wikiparser-node: `<b>` and `</b>` apart).
 * @example html(st, 'a<br/>b') // 'a\0' + index + '\x7Fb'
 */
export function html(st: LiteState, s: string): string {
  const bits = s.split('<');
  let out = bits[0]!;
  for (const bit of bits.slice(1)) {
    const m = /^(\/?)([a-z][^\s/>]*)((?:\s|\/(?!>))[^>]*?)?(\/?>)([^<]*)$/i.exec(bit);
    const name = m?.[2]?.toLowerCase();
    if (m === null || name === undefined || !st.config.html.has(name)) {
      out += `<${bit}`;
      continue;
    }
    if (name === 'meta' || name === 'link') throw new LiteUnsupported('<meta> or <link>', `<${name}>`);
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
    out += st.atom(node) + rest;
  }
  return out;
}

/**
 * Tables: kept whole as one node (the cleaner skips them); what they hold stays reachable.
 * @example tables(st, 'a\n{|\n| b\n|}', true) // 'a\n' + a table atom
 */
export function tables(st: LiteState, s: string, firstLine: boolean): string {
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
    out += (i === 0 ? '' : '\n') + st.atom(st.container('table', body));
    i = j;
  }
  return out;
}

/**
 * Horizontal rules (`----` at a line start, after comments if any); behaviour switches (`__NOTOC__`) are declined;
 * heading-like lines in a value are declined too (the page's were read with the braces).
 * @example hrAndSwitches(st, 'a\n----', true) // 'a\n' + an hr atom
 */
export function hrAndSwitches(st: LiteState, s: string, firstLine: boolean): string {
  let out = s;
  if (out.includes('----')) {
    // Comments may stand before the dashes; after other markup they are text.
    out = out.replace(/(^|\n)((?:\0\d+\x7F)*)(-{4,})/g, (m, nl: string, lead: string, dashes: string, at: number) => {
      if ((at === 0 && nl === '' && !firstLine) || !st.isBlankLine(lead)) return m;
      return nl + lead + st.atom(st.leaf('hr', dashes));
    });
  }
  if (out.includes('__')) {
    out = out.replace(/__([a-z]+)__/gi, (m, word: string) => {
      if (!st.config.switches.has(word.toLowerCase())) return m;
      throw new LiteUnsupported('behaviour switch');
    });
  }
  return headings(st, out, false);
}

/**
 * Page headings: a line of '=' … '=' (1–6 on each side, the lesser count wins) with only spaces and comments
 * after. A heading ends at the first line break not followed by a blank line: those blank lines stay in its trail.
 * @example headings(st, '== A ==\nb', true) // a heading atom + '\nb'
 */
export function headings(st: LiteState, masked: string, page: boolean): string {
  if (!(page ? /(?:^|\n)(?:\0\d+\x7F)*=/ : /\n(?:\0\d+\x7F)*=/).test(masked)) return masked;
  const lines = masked.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Comments may stand before a heading on its line; they stay outside it.
    const prefix = /^(?:\0\d+\x7F)*/.exec(line)![0];
    const heading = (page || i > 0) && line[prefix.length] === '=' ? readHeading(st, line.slice(prefix.length)) : null;
    if (heading === null) {
      out.push(line);
      continue;
    }
    if (!page) throw new LiteUnsupported('heading inside a value');
    if (prefix !== '' && !st.isBlankLine(prefix)) throw new LiteUnsupported('markup before a heading');
    let trail = heading.trail;
    let next = i + 1;
    while (next < lines.length - 1 && st.isBlankLine(lines[next]!)) trail += `\n${lines[next++]}`;
    i = next - 1;
    const title = st.container('heading-title', inline(st, heading.title, false));
    const trailNode = st.container('heading-trail', trail);
    const equals = '='.repeat(heading.level);
    const node = new LiteNode('heading', () => `${equals}${String(title)}${equals}${String(trailNode)}`);
    node.level = heading.level;
    node.append([title, trailNode]);
    out.push(prefix + st.atom(node));
  }
  return out.join('\n');
}

function readHeading(st: LiteState, line: string): { level: number; title: string; trail: string } | null {
  let end = line.length;
  // The trail: spaces and comments at the end of the line.
  for (;;) {
    const before = end;
    while (end > 0 && /\s/.test(line[end - 1]!)) end--;
    if (end > 0 && line[end - 1] === '\x7F') {
      const open = line.lastIndexOf('\0', end - 1);
      if (st.atoms[Number(line.slice(open + 1, end - 1))]!.type !== 'comment') break;
      end = open;
    }
    if (end === before) break;
  }
  const body = line.slice(0, end);
  // A link left open on the line may close on a later one: where the heading ends is the full parser's call.
  if (!/^=+$/.test(body) && body.split('[[').length !== body.split(']]').length)
    throw new LiteUnsupported('open link in a heading');
  const heading = readHeadingLine(body);
  return heading === null ? null : { ...heading, trail: line.slice(end) };
}
