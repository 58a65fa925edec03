// Stage 4 (figures): cut a value into lines and a line into items (`, ` `;` `and` separators), keeping offsets.
import { measureAt } from './_lib/measures.js';
import { BUILT_IN_KINDS, type KindVocabulary } from './scan-kind.js';
import { scanNumber } from './scan-number.js';

export interface Segment {
  /** Offset of the first character in the value's text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

/**
 * Splits text into trimmed, non-empty lines with their offsets.
 * @example splitLines('3 killed\n 4 wounded') // → [{ start: 0, end: 8, text: '3 killed' }, { start: 10, end: 19, text: '4 wounded' }]
 */
export function splitLines(text: string, base = 0): Segment[] {
  const joined = bracketedBreaks(text);
  const lines: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text.charCodeAt(i) !== 10 || joined.has(i))) continue;
    const seg = trimSegment(text, start, i, base);
    if (seg) lines.push(seg);
    start = i + 1;
  }
  return lines;
}

// a parenthesis longer than this is no aside of one figure (a stray bracket, a paragraph): its breaks stay lines
const MAX_BRACKETED = 400;

/**
 * Offsets of the line breaks inside a closed parenthesis (`23,049 (3,155 killed;\n14,529 wounded)`), and of the
 * break before a line that is one whole parenthesis (`23,049 total\n(3,155 killed; …)`, `61,000,000\n(1937–1945)`):
 * such a parenthesis is one aside of the line before, so its lines belong to it. One pass with a stack.
 */
function bracketedBreaks(text: string): Set<number> {
  const joined = new Set<number>();
  if (!text.includes('\n') || !text.includes('(')) return joined;
  const open: number[] = [];
  let breaks: number[] = [];
  let lastBreak = -1;
  let lastVisible = -1;
  // the last parenthesis joined to the line above: a run of such lines joins only its first (no unbounded line)
  let lastJoinedEnd = -1;
  // the break before the outermost open parenthesis, when only spaces stand between them
  let leading = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) {
      if (open.length === 0) leading = lastBreak >= 0 && lastVisible < lastBreak && lastBreak > 0 ? lastBreak : -1;
      open.push(i);
    } else if (c === 10) {
      if (open.length > 0) breaks.push(i);
      lastBreak = i;
    } else if (c === 41 && open.length > 0) {
      const from = open.pop()!;
      if (open.length === 0) {
        if (i - from <= MAX_BRACKETED) {
          for (const b of breaks) joined.add(b);
          if (
            leading >= 0 &&
            closesLine(text, i + 1) &&
            !isMeasure(text.slice(from + 1, i)) &&
            !(lastJoinedEnd >= 0 && /^\s*$/.test(text.slice(lastJoinedEnd + 1, leading)))
          ) {
            joined.add(leading);
            lastJoinedEnd = i;
          }
        }
        breaks = [];
      }
    }
    if (c !== 10 && c !== 32 && c !== 9) lastVisible = i;
  }
  return joined;
}

/** True when the parenthesis is a measured quantity (`113,300 tons sunk`): a note on the whole field, no aside. */
function isMeasure(inside: string): boolean {
  const n = scanNumber(inside);
  return n !== null && measureAt(inside, n.end) !== null;
}

/** True when only spaces and light punctuation stand between `i` and the end of its line. */
function closesLine(text: string, i: number): boolean {
  for (let j = i; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === '\n') return true;
    if (!/[\s,;.]/.test(c)) return false;
  }
  return true;
}

/** Trims spaces (and stray list markers) from `text[start, end)`; null when nothing is left. */
export function trimSegment(text: string, start: number, end: number, base = 0): Segment | null {
  let s = start;
  let e = end;
  while (s < e && /[\s*#•·]/.test(text.charAt(s))) s++;
  // an enumerator at the start of a line (`a) 30,000`, `b) 180,000`) is no part of the figure
  if (/^[a-z]\)[ \u00a0]/.test(text.slice(s, Math.min(e, s + 3)))) s += 3;
  while (e > s && /[\s,;]/.test(text.charAt(e - 1))) e--;
  if (s >= e) return null;
  return { start: base + s, end: base + e, text: text.slice(s, e) };
}

// `, ` `;` ` and ` ` & ` ` plus `, ` rising to `: places where a new item may begin (a later figure is its own item)
const SEPARATOR =
  /;|,(?!\d{3}(?!\d))|[ \u00a0](?:and|&|plus|as well as|(?:rising|increasing|growing|swelling) to)[ \u00a0]/giy;
const BETWEEN_OPEN = /(?:^|[^\p{L}])between[ \u00a0]+[^ ]+$/iu;

/**
 * Splits one line into items at separators outside parentheses, but only where the next piece holds a number:
 * `3 killed, 4 injured` is two items, `13,000 dead, wounded` and `artillery pieces, anti-tank guns` stay one.
 * @example splitItems({ start: 0, end: 21, text: '3 killed, 4 injured' }).map((s) => s.text) // ['3 killed', '4 injured']
 */
export function splitItems(line: Segment, kinds: KindVocabulary = BUILT_IN_KINDS): Segment[] {
  const { text } = line;
  const cuts: Array<{ at: number; next: number }> = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    if (c !== ';' && c !== ',' && c !== ' ' && c !== '\u00a0') continue;
    SEPARATOR.lastIndex = i;
    const m = SEPARATOR.exec(text);
    if (!m) continue;
    if (c === ',' && /\d/.test(text.charAt(i - 1)) && /^,\d{3}(?!\d)/.test(text.slice(i, i + 5))) continue;
    if (/and/i.test(m[0]) && BETWEEN_OPEN.test(text.slice(Math.max(0, i - 30), i))) continue;
    cuts.push({ at: i, next: i + m[0].length });
    i += m[0].length - 1;
  }
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  const all = runOnCuts(text, cuts, kinds);
  for (const cut of [...all, { at: text.length, next: text.length }]) {
    const piece = trimSegment(text, start, cut.at);
    start = cut.next;
    if (!piece) continue;
    const prev = spans[spans.length - 1];
    // a piece with no number belongs to the item before it (`13,000 dead, wounded`); a number in its
    // parenthesis does not count (`10,000 knights and men-at-arms (of which 1,200 mounted)` is one item)
    if (prev && !scanNumber(outsideParentheses(piece.text))) {
      // a cross-reference (`See casualties section`) is no part of the figure before it
      if (!/^see\b/i.test(piece.text)) prev.end = piece.end;
    } else spans.push({ start: piece.start, end: piece.end });
  }
  return spans.map((s) => ({ start: line.start + s.start, end: line.start + s.end, text: text.slice(s.start, s.end) }));
}

/**
 * Adds the cuts of figures run together without a separator (`1 killed 2 wounded 3 missing`): before a number phrase
 * that directly follows a kind word (spaces, `.`, `/` or a parenthesis between) and is itself followed by a kind
 * word within three words. The figure reader splits such a run too, but one figure at a time (quadratic on a
 * long line); cutting here first keeps every item short. One pass over kinds and numbers, in order.
 */
function runOnCuts(
  text: string,
  cuts: Array<{ at: number; next: number }>,
  vocabulary: KindVocabulary,
): Array<{ at: number; next: number }> {
  const blank = outsideParentheses(text);
  const kinds = vocabulary.find(blank);
  if (kinds.length < 2) return cuts;
  const added: Array<{ at: number; next: number }> = [];
  let k = 0;
  for (let n = scanNumber(blank, 0); n; n = scanNumber(blank, n.end)) {
    while (k < kinds.length && kinds[k]!.end <= n.start) k++;
    const before = kinds[k - 1];
    const after = kinds[k];
    if (!before || !after) continue;
    if (!RUN_ON_GAP.test(blank.slice(before.end, n.start))) continue;
    const between = blank.slice(n.end, after.start);
    if (between.length > 60 || /[\d,;]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 3)
      continue;
    added.push({ at: n.start, next: n.start });
  }
  if (added.length === 0) return cuts;
  return [...cuts, ...added].sort((a, b) => a.at - b.at).filter((c, i, list) => i === 0 || c.at >= list[i - 1]!.next);
}

const RUN_ON_GAP = /^[\s./]*$/;

/** `text` with every parenthesised part blanked (depth-counted, linear). */
function outsideParentheses(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    out += depth > 0 ? ' ' : c;
    if (c === ')' && depth > 0) depth--;
  }
  return out;
}
