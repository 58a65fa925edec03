// Stage 4 (figures): find the next number phrase — qualifiers, digits or words, ranges, `+` — and read its bounds.
import { alternation, stickyWords } from './_lib/compile-words.js';
import {
  NUMBER_WORDS,
  PREFIX_QUALIFIERS,
  RANGE_JOINERS,
  SCALE_WORDS,
  SUFFIX_QUALIFIERS,
  type QualifierEffect,
} from './_data/numbers.js';

export interface NumberPhrase {
  /** Offset of the first qualifier or digit. */
  start: number;
  /** Offset just past the last digit, word or suffix. */
  end: number;
  /** Offset of the first digit or number word (after the qualifiers). */
  numberStart: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** True when the number was written in words (`two`, `a dozen`); such a number needs a kind next to it. */
  word: boolean;
}

interface Atom {
  value: number;
  /** The value before a scale word (`2` of `2 million`). */
  base: number;
  /** The scale word's factor (1 when there is none). */
  scale: number;
  end: number;
  scaled: boolean;
  word: boolean;
}

const CANDIDATE = new RegExp(`\\d|(?<![\\p{L}\\d])(?:${alternation(Object.keys(NUMBER_WORDS))})(?![\\p{L}\\d])`, 'giu');
// At most 15 digits: longer runs are codes or garbage, and Number() of them loses precision or overflows to Infinity.
const DIGITS = /\d{1,15}(?!\d)/y;
// a group glued to a unit is a separate number: `3 100mm guns` is three guns, not 3,100
const GROUP = /([,.\u00a0\u202f\u2009 ])(\d{3})(?![\d\p{L}])/uy;
const DECIMAL = /\.(\d{1,15})(?!\d)/y;
const SCALE = new RegExp(`[ \\u00a0]?(${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}])`, 'iuy');
const SCALE_AHEAD = new RegExp(`^[ \\u00a0]?(?:${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}])`, 'iu');
// a decimal whose scale word ends the range it opens: `2.5–4 million`, `1.5 to 2.2 lakh`
const RANGE_SCALE_AHEAD = new RegExp(
  `^[ \\u00a0]*(?:${alternation(RANGE_JOINERS)})[ \\u00a0]*(?:c\\.[ \\u00a0]*)?\\d{1,4}(?:\\.\\d{1,15})?[ \\u00a0]?(?:${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}])`,
  'iu',
);
const WORD = new RegExp(
  `(${alternation(Object.keys(NUMBER_WORDS))})(?:-(${alternation(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])}))?`,
  'iuy',
);
const DOZEN = /[ \u00a0]dozens?(?![\p{L}])/iuy;

const QUALIFIER_EFFECT = new Map<string, QualifierEffect>();
for (const q of PREFIX_QUALIFIERS) for (const w of q.words) QUALIFIER_EFFECT.set(w.toLowerCase(), q.effect);
const QUALIFIER_TAIL = new RegExp(`(${alternation([...QUALIFIER_EFFECT.keys()])})[ \\u00a0]*$`, 'iu');

const SUFFIX_EFFECT = new Map<string, QualifierEffect>();
for (const q of SUFFIX_QUALIFIERS) for (const w of q.words) SUFFIX_EFFECT.set(w.toLowerCase(), q.effect);
const SUFFIX = new RegExp(`[ \\u00a0]*(${alternation([...SUFFIX_EFFECT.keys()])})`, 'iuy');
const JOINER = new RegExp(`[ \\u00a0]*(${alternation(RANGE_JOINERS)})[ \\u00a0]*`, 'iuy');
const AND_JOINER = /[ \u00a0]*(?:and|to|–|-|—)[ \u00a0]*/iy;
// qualifiers before a range's far end: `332–c. 500`, `five or possibly seven` (a qualified range is approximate)
const INNER_APPROX = stickyWords([
  'c.',
  'ca.',
  'circa',
  'about',
  '~',
  'approx.',
  'approximately',
  'around',
  'possibly',
  'perhaps',
  'probably',
  'maybe',
  'as many as',
]);
const GAP = /[ \u00a0]*/y;
const NOT_A_COUNT_AFTER =
  /^(?:[\p{L}]|[:/⁄]\d|(?:[.,]\d+)?[ \u00a0]?(?:%|per[ \u00a0]?cent(?![\p{L}]))|-(?!strong)\p{L})/u;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** Reads digits with thousands separators, a decimal before a scale word, and the scale word. */
function readDigits(text: string, i: number): Atom | null {
  const d = at(DIGITS, text, i);
  if (!d) return null;
  let digits = d[0];
  let end = i + digits.length;
  let separator: string | null = null;
  if (digits.length <= 3) {
    for (let g = at(GROUP, text, end); g; g = at(GROUP, text, end)) {
      const sep = g[1]!;
      if (separator !== null && sep !== separator) break;
      // `1.2 million` style decimals are read below; `1.200` alone is a thousands separator
      if (
        sep === '.' &&
        (SCALE_AHEAD.test(text.slice(end + 4, end + 14)) || RANGE_SCALE_AHEAD.test(text.slice(end + 4, end + 44)))
      )
        break;
      separator = sep;
      digits += g[2]!;
      end += 4;
    }
  }
  let value = Number(digits);
  if (separator === null) {
    const dec = at(DECIMAL, text, end);
    const after = end + (dec?.[0].length ?? 0);
    if (
      dec &&
      (SCALE_AHEAD.test(text.slice(after, after + 10)) || RANGE_SCALE_AHEAD.test(text.slice(after, after + 40)))
    ) {
      value = Number(`${digits}.${dec[1]!}`);
      end += dec[0].length;
    }
  }
  const s = at(SCALE, text, end);
  if (s) {
    const scale = SCALE_WORDS[s[1]!.toLowerCase()]!;
    return { value: Math.round(value * scale), base: value, scale, end: end + s[0].length, scaled: true, word: false };
  }
  return { value, base: value, scale: 1, end, scaled: false, word: false };
}

/** Reads `two`, `twenty-five`, `a dozen`, `two hundred`, `a thousand`. `a` alone is no number. */
function readWords(text: string, i: number): Atom | null {
  const w = at(WORD, text, i);
  if (!w) return null;
  const head = w[1]!.toLowerCase();
  const value = NUMBER_WORDS[head]! + (w[2] ? NUMBER_WORDS[w[2].toLowerCase()]! : 0);
  let end = i + w[0].length;
  const dozen = at(DOZEN, text, end);
  if (dozen && head !== 'dozen') {
    if (/s$/i.test(dozen[0])) return null;
    return { value: value * 12, base: value, scale: 12, end: end + dozen[0].length, scaled: true, word: true };
  }
  const s = at(SCALE, text, end);
  if (s && !/[\p{L}]/u.test(text.charAt(end + s[0].length))) {
    end += s[0].length;
    const scale = SCALE_WORDS[s[1]!.toLowerCase()]!;
    return { value: value * scale, base: value, scale, end, scaled: true, word: true };
  }
  if (head === 'a' || head === 'an' || head === 'dozen') return null;
  return { value, base: value, scale: 1, end, scaled: false, word: true };
}

function readAtom(text: string, i: number): Atom | null {
  return /\d/.test(text.charAt(i)) ? readDigits(text, i) : readWords(text, i);
}

/** True when a digit at `i` continues a word or a code (`M1`, `AH-64`, `T-72`) rather than starting a number. */
function isInsideWord(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  if (/[\p{L}\d_]/u.test(before)) return true;
  if (/[-‐/]/.test(before) && /[\p{L}\d]/u.test(text.charAt(i - 2))) return true;
  return false;
}

/**
 * Finds the first number phrase in `text[from, to)` and reads its bounds.
 * @example scanNumber('at least 27 killed', 0) // → { min: 27, max: null, approximate: false, … }
 * @example scanNumber('15,000–20,000+ dead', 0) // → { min: 15000, max: null, … }
 */
export function scanNumber(text: string, from = 0, to = text.length): NumberPhrase | null {
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m && m.index < to; m = CANDIDATE.exec(text)) {
    const i = m.index;
    if (isInsideWord(text, i)) continue;
    const first = readAtom(text, i);
    // `4b`, `1st`, `19th`: an ordinal or a label; `4:3`, `12:30`: a ratio or a time; `5/6`: a fraction; `8.82%`: a
    // share; `64-gun`, `12-pounder`: an attribute of the thing named — not a count
    if (
      !first ||
      first.end > to ||
      (!first.word && NOT_A_COUNT_AFTER.test(text.slice(first.end, first.end + 12))) ||
      /\d:$/.test(text.slice(Math.max(0, i - 2), i))
    ) {
      CANDIDATE.lastIndex = i + Math.max(1, m[0].length);
      continue;
    }
    return readPhrase(text, from, i, first, to);
  }
  return null;
}

function readPhrase(text: string, from: number, i: number, first: Atom, to: number): NumberPhrase {
  // qualifiers written before the number, read backwards (at most three: `an estimated ~`)
  let start = i;
  let lower = false;
  let upper = false;
  let approximate = false;
  let rangeOpen = false;
  for (let n = 0; n < 3; n++) {
    const window = text.slice(Math.max(from, start - 40), start);
    const q = QUALIFIER_TAIL.exec(window);
    if (!q) break;
    const qualStart = start - (window.length - q.index);
    if (qualStart > from && /[\p{L}\d]/u.test(text.charAt(qualStart - 1)) && /^[\p{L}]/u.test(q[1]!)) break;
    const effect = QUALIFIER_EFFECT.get(q[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (effect === 'lower') lower = true;
    else if (effect === 'upper') upper = true;
    else if (effect === 'approximate') approximate = true;
    else if (effect === 'range') rangeOpen = true;
    start = qualStart;
  }

  let end = first.end;
  let min: number | null = first.value;
  let max: number | null = first.value;
  let word = first.word;
  let plus = false;

  // `+500`: a plus sign before the number is a lower bound, as after it
  if (text.charAt(i - 1) === '+' && start === i && !/[\p{L}\d]/u.test(text.charAt(i - 2))) {
    lower = true;
    start = i - 1;
  }
  const plusAfterFirst = text.charAt(end) === '+';
  if (plusAfterFirst) end += 1;
  // a second number makes a range: `7–9`, `1,200 to 1,500`, `between 40 and 60`, `332–c. 500`
  const joiner = plusAfterFirst ? null : at(rangeOpen ? AND_JOINER : JOINER, text, end);
  if (joiner && !at(SUFFIX, text, end)) {
    let j = end + joiner[0].length;
    const inner = at(INNER_APPROX, text, j);
    if (inner) j += inner[0].length + at(GAP, text, j + inner[0].length)![0].length;
    const second = /[\d\p{L}]/u.test(text.charAt(j)) ? readAtom(text, j) : null;
    if (second && second.end <= to && (second.word === first.word || !first.word)) {
      let low = first.value;
      if (second.scaled && !first.scaled && !first.word && low < second.base) {
        // `1–2 million`: the scale word belongs to both ends
        if (Math.round(low * second.scale) <= second.value) low = Math.round(low * second.scale);
      }
      if (second.value >= low) {
        min = low;
        max = second.value;
        end = second.end;
        word = word && second.word;
        if (inner) approximate = true;
      }
    }
  }
  if (text.charAt(end) === '+') {
    plus = true;
    end += 1;
  } else {
    const s = at(SUFFIX, text, end);
    if (s && !/[\p{L}\d]/u.test(text.charAt(end + s[0].length))) {
      const effect = SUFFIX_EFFECT.get(s[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (effect === 'lower') plus = true;
      else if (effect === 'upper') upper = true;
      end += s[0].length;
    }
  }
  if (plusAfterFirst) plus = true;

  if (plus || (lower && min === max)) max = null;
  if (upper && !plus) {
    max = max ?? min;
    min = null;
  }
  return { start, end, numberStart: i, min, max, approximate, word };
}
