// Stage 3 (interpret): a date text → tokens (numbers, years, months, ISO dates, range marks), for the date patterns.
import {
  ALTERNATIVE_WORDS,
  DATE_QUALIFIER_WORDS,
  ERA_WORDS,
  FILLER_WORDS,
  MONTH_WORDS,
  ORDINAL_SUFFIXES,
  PRESENT_WORDS,
  RANGE_WORDS,
} from './_data/date-words.js';

export type Era = 'BC' | 'AD';

export type DateToken =
  | { kind: 'num'; value: number; digits: number }
  | { kind: 'year'; value: number; era: Era | null }
  | { kind: 'month'; value: number }
  | { kind: 'iso'; year: number; month: number | null; day: number | null }
  /** A range mark; `alternative` for "or", "and" and "/", which may join two alternatives instead of two ends. */
  | { kind: 'range'; alternative: boolean }
  | { kind: 'present' }
  | { kind: 'break' };

type RawToken = DateToken | { kind: 'era'; era: Era } | { kind: 'qualifier' };

const ISO = /\d{4}-(\d{2})(?:-(\d{2}))?(?!\d)/y;
const DIGITS = /\d+/y;
const LETTERS = /\p{L}+/uy;
// A word may carry inner dots (B.C., Nov.) so that abbreviations stay one token.
const WORD = /\p{L}[\p{L}.]*/uy;
const DASHES = new Set(['-', '–', '—', '‒', '―', '−']);
const HYPHENS = new Set(['-', '‐']);
const SKIPPED = new Set([',', '.', ' ', '\t', '\n', '\u00a0', '\u2009', '\u202f']);

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Days in a month, allowing 29 February in any year (calendars of old dates vary). */
export function monthLength(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function readIso(m: RegExpExecArray): DateToken | null {
  const month = Number(m[1]);
  const day = m[2] === undefined ? null : Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > monthLength(month))) return null;
  return { kind: 'iso', year: Number(m[0].slice(0, 4)), month, day };
}

function readWord(word: string): RawToken | null {
  const key = word.replace(/\./g, '').toLowerCase();
  const month = MONTH_WORDS.get(key);
  if (month !== undefined) return { kind: 'month', value: month };
  const era = ERA_WORDS.get(key);
  if (era !== undefined) return { kind: 'era', era };
  if (RANGE_WORDS.has(key)) return { kind: 'range', alternative: false };
  if (ALTERNATIVE_WORDS.has(key)) return { kind: 'range', alternative: true };
  if (DATE_QUALIFIER_WORDS.has(key)) return { kind: 'qualifier' };
  if (PRESENT_WORDS.has(key)) return { kind: 'present' };
  if (FILLER_WORDS.has(key)) return null;
  return { kind: 'break' };
}

/** Scans the text left to right; every branch consumes at least one character, so this is linear. */
function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const iso = matchAt(ISO, text, i);
    const isoToken = iso && readIso(iso);
    if (iso && isoToken) {
      out.push(isoToken);
      i += iso[0].length;
      continue;
    }
    const digits = matchAt(DIGITS, text, i);
    if (digits) {
      i += digits[0].length;
      const suffix = matchAt(LETTERS, text, i);
      if (suffix && !ORDINAL_SUFFIXES.has(suffix[0].toLowerCase())) {
        out.push({ kind: 'break' }); // "1940s", "3rd-century" words are not dates we read
        i += suffix[0].length;
        continue;
      }
      if (suffix) i += suffix[0].length;
      const value = Number(digits[0]);
      const n = digits[0].length;
      out.push(n >= 3 ? { kind: 'year', value, era: null } : { kind: 'num', value, digits: n });
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word) {
      const token = readWord(word[0]);
      if (token) out.push(token);
      i += word[0].length;
      // "mid-June": the hyphen is part of the qualifier, not a range mark.
      if (token?.kind === 'qualifier' && HYPHENS.has(text[i] ?? '')) i++;
      continue;
    }
    if (DASHES.has(ch)) out.push({ kind: 'range', alternative: false });
    else if (ch === '/') out.push({ kind: 'range', alternative: true });
    else if (!SKIPPED.has(ch)) out.push({ kind: 'break' });
    i++;
  }
  return out;
}

/**
 * Drops qualifier words, with the range marks between two of them: "early or mid 201 BC" → "201 BC", while the
 * dash of "9 October – late November 1943" stays.
 */
function dropQualifiers(raw: readonly RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  // Where the output stood after the last qualifier; null before any.
  let afterQualifier: number | null = null;
  for (const t of raw) {
    if (t.kind !== 'qualifier') {
      out.push(t);
      continue;
    }
    if (
      afterQualifier !== null &&
      out.length > afterQualifier &&
      out.slice(afterQualifier).every((k) => k.kind === 'range')
    )
      out.length = afterQualifier;
    afterQualifier = out.length;
  }
  return out;
}

/** Attaches an era to the number before it ("490 BC") or, failing that, after it ("AD 14"). */
function attachEras(raw: readonly RawToken[]): DateToken[] {
  const out: DateToken[] = [];
  let pending: Era | null = null;
  for (const t of raw) {
    if (t.kind === 'era') {
      const last = out[out.length - 1];
      if (last && (last.kind === 'num' || (last.kind === 'year' && last.era === null))) {
        out[out.length - 1] = { kind: 'year', value: last.value, era: t.era };
      } else {
        pending = t.era;
      }
      continue;
    }
    if (t.kind === 'qualifier') continue;
    if (pending !== null && (t.kind === 'num' || t.kind === 'year')) {
      out.push({ kind: 'year', value: t.value, era: pending });
    } else {
      out.push(t);
    }
    pending = null;
  }
  return out;
}

/**
 * Splits a date text into tokens; qualifier words ("late", "c.", "spring") are left out, unknown words and
 * punctuation become `break` tokens.
 * @example tokenizeDate('c. 490 BC') // [{ kind: 'year', value: 490, era: 'BC' }]
 */
export function tokenizeDate(text: string): DateToken[] {
  return attachEras(dropQualifiers(scan(text)));
}
