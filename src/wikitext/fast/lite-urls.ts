// Wikitext parser: the fast reader's external links ([http://a.org text]) and free addresses.
import { lists } from './lite-lists.js';
import { LiteNode } from './lite-node.js';
import type { LiteState } from './lite-state.js';
import { LiteUnsupported } from './lite-unsupported.js';

/** What may follow an external link's address: a bracket, '<', '>', '"', a tab, a space, an atom. */
const URL_FOLLOWER = /[[\]<>"\t\p{Zs}\0]/u;
const SPACE = /\p{Zs}/u;
/** Where an external link's text ends: its ']', or a character the text cannot hold. */
const TEXT_STOP = /[\]\x01-\x08\x0A-\x1F\uFFFD]/g;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A free address begins the text or follows a character that is not a letter, digit or '_'. */
function standsAlone(s: string, start: number): boolean {
  if (start === 0) return true;
  const c = s.charCodeAt(start - 1);
  const before =
    c >= 0xdc00 && c <= 0xdfff && start >= 2 ? String.fromCodePoint(s.codePointAt(start - 2)!) : s[start - 1]!;
  return !/[\p{L}\p{N}_]/u.test(before);
}

/**
 * External links: [url text]; the text gets only the list stage after it (the parser reads no free links there).
 * @example extLinks(st, '[http://a.org A]') // an ext-link atom
 */
export function extLinks(st: LiteState, s: string): string {
  // A hand-made scan rather than one regex: a regex would, for each '[' whose text never meets ']', read on to the
  // line's end again, quadratic on a line of 20,000 openers. Here the next stop (']', a line break, a control
  // character) is found once and reused while the openers are before it.
  const urlAt = st.config.extLinkUrlAt;
  let out = '';
  let last = 0;
  let stop = -1;
  for (let open = s.indexOf('['); open >= 0; open = s.indexOf('[', open + 1)) {
    if (open < last) continue;
    urlAt.lastIndex = open + 1;
    const m = urlAt.exec(s);
    if (m === null) continue;
    const url = m[0];
    const urlEnd = open + 1 + url.length;
    // The parser's address must be followed by a bracket, '<', '>', '"', a tab, a space or an atom.
    if (urlEnd >= s.length || !URL_FOLLOWER.test(s[urlEnd]!)) continue;
    let textStart = urlEnd;
    while (textStart < s.length && SPACE.test(s[textStart]!)) textStart++;
    if (stop < textStart) {
      TEXT_STOP.lastIndex = textStart;
      stop = TEXT_STOP.exec(s)?.index ?? s.length;
    }
    if (stop >= s.length || s[stop] !== ']') continue;
    const space = s.slice(urlEnd, textStart);
    const text = s.slice(textStart, stop);
    const raw = s.slice(open, stop + 1);
    if (/&[lg]t;/i.test(url) || (space === '' && absorbable(st, text)))
      throw new LiteUnsupported('odd external link', st.restore(raw));
    const node = new LiteNode('ext-link', () => st.restore(raw));
    const children = [st.leaf('ext-link-url', url)];
    if (text !== '' || space !== '') children.push(st.container('ext-link-text', lists(st, text, false)));
    out += s.slice(last, open) + st.atom(node.append(children));
    last = stop + 1;
    open = stop;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Whether text starts with an atom the parser might read as part of the address before it (a comment, {{!}} …). */
function absorbable(st: LiteState, text: string): boolean {
  const m = /^\0(\d+)\x7F/.exec(text);
  if (m === null) return false;
  const type = st.atoms[Number(m[1])]!.type;
  return type !== 'quote' && type !== 'html' && type !== 'ext';
}

/** A magic link's spacing: a space character, a tab, or a non-breaking space written as an entity. */
const MAGIC_SPACE = String.raw`(?:[\p{Zs}\t]|&nbsp;|&#0*160;|&#x0*a0;)`;
/**
 * Magic links as wikiparser-node finds them: case-insensitive (a lower-case one is then left as text), ending at
 * a word boundary. The character before one must be no letter, digit or '_' (checked apart, see standsAlone).
 */
const MAGIC_LINK = new RegExp(
  String.raw`(?:RFC|PMID)${MAGIC_SPACE}+\d+\b|ISBN${MAGIC_SPACE}+(?:97[89](?:${MAGIC_SPACE}|-)?)?(?:\d(?:${MAGIC_SPACE}|-)?){9}[\dx]\b`,
  'giu',
);
/** The parser keeps only magic links written in capitals. */
const MAGIC_PREFIX = /^(?:RFC|PMID|ISBN)/;
/** Whether a text may hold a magic link at all. */
const MAGIC_PREFIX_ANYWHERE = /RFC|PMID|ISBN/;

/**
 * Free addresses ("see http://a.org.") and magic links ("ISBN 978-0-00-000000-0", "RFC 2616", "PMID 123").
 * Addresses are found from each ':' back to the start of their scheme; a magic link inside an address is part
 * of it, as in the parser's single left-to-right pass.
 * @example magicLinks(st, 'see http://a.org.') // 'see ' + a free-ext-link atom + '.'
 */
export function magicLinks(st: LiteState, s: string): string {
  const magic = MAGIC_PREFIX_ANYWHERE.test(s) ? magicLinkFinder(st, s) : null;
  if (!s.includes(':')) return magic === null ? s : magic(0, s.length);
  const at = st.config.freeLinkAt;
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
    out +=
      (magic === null ? s.slice(last, start) : magic(last, start)) + st.atom(st.leaf('free-ext-link', url)) + trail;
    last = end;
  }
  if (last === 0 && magic === null) return s;
  return out + (magic === null ? s.slice(last) : magic(last, s.length));
}

/**
 * For one text: a function that gives the stretch [from, to) with its magic links made atoms. Stretches are asked
 * for in order, and what lies between them (free addresses) holds none. One search result is kept for the next
 * stretch, so the text is searched once, not once per stretch.
 */
function magicLinkFinder(st: LiteState, s: string): (from: number, to: number) => string {
  let next: RegExpExecArray | null = null;
  let done = false;
  const find = (from: number): RegExpExecArray | null => {
    if (next !== null && next.index >= from) return next;
    if (done) return null;
    MAGIC_LINK.lastIndex = from;
    for (let m = MAGIC_LINK.exec(s); m !== null; m = MAGIC_LINK.exec(s)) {
      if (!standsAlone(s, m.index)) {
        MAGIC_LINK.lastIndex = m.index + 1;
        continue;
      }
      // A lower-case match is text, and the parser reads on after it.
      if (!MAGIC_PREFIX.test(m[0])) continue;
      next = m;
      return m;
    }
    done = true;
    next = null;
    return null;
  };
  return (from, to) => {
    let out = '';
    let last = from;
    for (let m = find(from); m !== null && m.index < to; m = find(last)) {
      const end = m.index + m[0].length;
      if (end > to) throw new LiteUnsupported('magic link against an address');
      out += s.slice(last, m.index) + st.atom(st.leaf('magic-link', m[0]));
      last = end;
    }
    return out + s.slice(last, to);
  };
}
