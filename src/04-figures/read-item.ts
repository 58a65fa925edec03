// Stage 4 (figures): tokenise one item into numbers, kinds, totals and words, with a one-letter shape the rules match.
import { BUILT_IN_KINDS, findTotals, type KindSpan, type KindVocabulary } from './scan-kind.js';
import { scanNumber, type NumberPhrase } from './scan-number.js';
import type { Segment } from './split-items.js';

/** `N` number phrase, `K` kind phrase, `T` total word, `R` range word (`to`, `–`), `:` label mark, `w` any other word. */
export type TokenType = 'N' | 'K' | 'T' | 'R' | ':' | 'w';

export interface Token {
  type: TokenType;
  /** Offsets in the item's `text`. */
  start: number;
  end: number;
  text: string;
  number?: NumberPhrase;
  kind?: KindSpan;
}

export interface ItemParts {
  item: Segment;
  /** The item's text with every parenthesis blanked out (same length, so offsets hold). */
  text: string;
  /** The same as written (periods and name numbers not blanked): what a subject quotes. */
  shown: string;
  tokens: Token[];
  /** One letter per token, e.g. `NwK` for `3 civilians killed`. */
  shape: string;
  /** Contents of parentheses with no number in them (`per Mali`, `estimated`). */
  remarks: string[];
  /** Parentheses that hold numbers (`(183 foreign laborers, 19 Japanese soldiers)`), as value segments. */
  inner: Segment[];
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\d'’.-]*|[:=]|[–—]|(?<=\s)-(?=\s)/gu;

// A name with a small number in it fills the parenthesis: `(Luftflotte 4)`, `(Task Force 58)` — no count.
const DESIGNATION = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s\d{1,2}$/u;

/** Blanks parentheses (and stray brackets) out of `text`, returning their contents. */
function blankParentheses(text: string, base: number): { text: string; groups: Segment[] } {
  if (!text.includes('(') && !text.includes(')')) return { text, groups: [] };
  const chars = [...text];
  const out: string[] = [];
  const groups: Segment[] = [];
  let depth = 0;
  let open = 0;
  let offset = 0;
  for (const c of chars) {
    if (c === '(') {
      if (depth === 0) open = offset;
      depth++;
      out.push(' '.repeat(c.length));
    } else if (c === ')') {
      if (depth === 1) groups.push({ start: base + open + 1, end: base + offset, text: text.slice(open + 1, offset) });
      if (depth > 0) depth--;
      out.push(' '.repeat(c.length));
    } else {
      out.push(depth > 0 ? ' '.repeat(c.length) : c);
    }
    offset += c.length;
  }
  if (depth > 0) groups.push({ start: base + open + 1, end: base + text.length, text: text.slice(open + 1) });
  return { text: out.join(''), groups };
}

// `496 anti-tank guns – 1,063`: a range whose upper bound follows its subject; the words are nouns (no kind)
const SPLIT_RANGE = /^[w:]*N(w{1,4})RN$/;
// an upper bound more than ten times the lower is no range of the same count (`12 tanks – 1944`)
const MAX_RANGE_RATIO = 10;

/**
 * Reads `N words – M` (the item ends at M) as the range N–M of those words: the second number takes the
 * first's place as its upper bound, and the dash and the second number leave the tokens.
 */
function joinSplitRange(tokens: Token[]): void {
  const shape = tokens.map((t) => t.type).join('');
  if (!SPLIT_RANGE.test(shape)) return;
  const a = tokens[shape.indexOf('N')]!;
  const b = tokens[tokens.length - 1]!;
  const low = a.number!.max ?? a.number!.min;
  const high = b.number!.max ?? b.number!.min;
  if (a.number!.word || b.number!.word || low === null || high === null || low >= high || high > low * MAX_RANGE_RATIO)
    return;
  if (a.number!.min === null || a.number!.max !== a.number!.min) return;
  a.number = { ...a.number!, max: b.number!.max, approximate: a.number!.approximate || b.number!.approximate };
  tokens.splice(tokens.length - 2, 2);
}

/**
 * Tokenises an item; `written` is the item as the value gave it, when the splitter blanked periods or names.
 * @example readItem({ start: 0, end: 18, text: '3 civilians killed' }).shape // 'NwK'
 */
export function readItem(item: Segment, written = item.text, kinds: KindVocabulary = BUILT_IN_KINDS): ItemParts {
  const { text, groups } = blankParentheses(item.text, item.start);
  const asWritten = written === item.text ? null : blankParentheses(written, item.start);
  const shown = asWritten?.text ?? text;
  const tokens: Token[] = [];
  for (let n = scanNumber(text, 0); n; n = scanNumber(text, n.end)) {
    tokens.push({ type: 'N', start: n.start, end: n.end, text: text.slice(n.start, n.end), number: n });
  }
  // characters already in a token; a mask keeps tokenising linear in the item's length
  const mask = new Uint8Array(text.length);
  const take = (s: number, e: number): void => {
    mask.fill(1, s, e);
  };
  const taken = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (mask[i]) return true;
    return false;
  };
  for (const t of tokens) take(t.start, t.end);
  for (const k of kinds.find(text)) {
    if (taken(k.start, k.end)) continue;
    tokens.push({ type: 'K', start: k.start, end: k.end, text: text.slice(k.start, k.end), kind: k });
    take(k.start, k.end);
  }
  for (const t of findTotals(text)) {
    if (taken(t.start, t.end)) continue;
    tokens.push({ type: 'T', start: t.start, end: t.end, text: text.slice(t.start, t.end) });
    take(t.start, t.end);
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (taken(s, e)) continue;
    const word = m[0];
    const type: TokenType = /^[:=]$/.test(word) ? ':' : /^(?:to|[–—-])$/i.test(word) ? 'R' : 'w';
    tokens.push({ type, start: s, end: e, text: word });
  }
  tokens.sort((a, b) => a.start - b.start);
  joinSplitRange(tokens);
  const remarks: string[] = [];
  const inner: Segment[] = [];
  groups.forEach((g, i) => {
    // a remark is read as written: `(Luftflotte 4)` names a unit, whatever the blanking made of its digits
    if (scanNumber(g.text) && !DESIGNATION.test(g.text.trim())) inner.push(g);
    else remarks.push(asWritten?.groups[i]?.text ?? g.text);
  });
  return { item, text, shown, tokens, shape: tokens.map((t) => t.type).join(''), remarks, inner };
}
