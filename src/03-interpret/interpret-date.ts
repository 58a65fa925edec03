// Stage 3 (interpret): the `date` value → { text, start, end, ongoing } with partial ISO dates.
import type { Context } from '../_lib/context.js';
import type { DateRange } from '../model/conflict.js';
import { DATE_PATTERNS } from './_data/date-patterns.js';
import { monthLength, tokenizeDate, type DateToken, type Era } from './tokenize-date.js';

/** Long notes after a date add nothing we read; bounding the text keeps the search cheap. */
const MAX_DATE_CHARS = 600;

interface DateParts {
  year: { value: number; era: Era | null } | null;
  month: number | null;
  day: number | null;
}

interface Reading {
  start: string | null;
  end: string | null;
  ongoing: boolean;
}

const SHAPES = DATE_PATTERNS.map((p) => ({ pattern: p, symbols: p.shape.split(' ') }));

function fits(symbol: string, token: DateToken | undefined, atEnd: boolean): boolean {
  if (symbol === '$') return atEnd;
  if (!token) return false;
  switch (symbol) {
    case 'D':
      return token.kind === 'num' && token.value >= 1 && token.value <= 31;
    case 'YY':
      return token.kind === 'num' && token.digits === 2;
    case 'Y':
      return token.kind === 'year';
    case 'M':
      return token.kind === 'month';
    case 'I':
      return token.kind === 'iso';
    case '–':
      return token.kind === 'range';
    case 'P':
      return token.kind === 'present';
    default:
      return false;
  }
}

function emptyParts(): DateParts {
  return { year: null, month: null, day: null };
}

/** Reads one end of a range from its symbols and tokens. */
function readParts(symbols: readonly string[], tokens: readonly DateToken[]): DateParts {
  const parts = emptyParts();
  symbols.forEach((s, i) => {
    const t = tokens[i];
    if (!t) return;
    if (t.kind === 'iso') {
      parts.year = { value: t.year, era: null };
      parts.month = t.month;
      parts.day = t.day;
    } else if (t.kind === 'year') parts.year = { value: t.value, era: t.era };
    else if (t.kind === 'month') parts.month = t.value;
    else if (t.kind === 'num' && s === 'D') parts.day = t.value;
    else if (t.kind === 'num' && s === 'YY') parts.year = { value: t.value, era: null };
  });
  return parts;
}

/** Astronomical year: 1 BC is year 0, 490 BC is -489. */
function astronomicalYear(year: { value: number; era: Era | null }): number {
  return year.era === 'BC' ? 1 - year.value : year.value;
}

function formatYear(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, '0');
  return y < 0 ? `-${digits}` : digits;
}

/** Formats parts as partial ISO, or null when a part is missing or out of range. */
function formatParts(p: DateParts): string | null {
  if (!p.year) return null;
  if (p.year.era === 'BC' && p.year.value === 0) return null;
  // A run of digits too long to be exact ("1111…" ×30) would print as 1.1e+29, which is no ISO year.
  if (!Number.isSafeInteger(p.year.value)) return null;
  let out = formatYear(astronomicalYear(p.year));
  if (p.month === null) return p.day === null ? out : null;
  out += `-${String(p.month).padStart(2, '0')}`;
  if (p.day === null) return out;
  if (p.day > monthLength(p.month)) return null;
  return `${out}-${String(p.day).padStart(2, '0')}`;
}

/** A range's ends share what only one of them writes: "8–10 November 2013", "July 1–3, 1863", "490–479 BC". */
function shareParts(left: DateParts, right: DateParts, shortYear: boolean): void {
  if (right.day !== null && right.month === null) right.month = left.month;
  if (left.day !== null && left.month === null) left.month = right.month;
  if (left.year === null) left.year = right.year;
  if (left.year && right.year && left.year.era === null && right.year.era === 'BC')
    left.year = { ...left.year, era: 'BC' };
  if (shortYear && left.year && right.year) {
    let full = left.year.value - (left.year.value % 100) + right.year.value;
    if (full < left.year.value) full += 100;
    right.year = { value: full, era: left.year.era };
  }
}

/** Builds the reading of tokens that match a pattern's symbols, or null when a part is invalid. */
function buildReading(symbols: readonly string[], tokens: readonly DateToken[]): Reading | null {
  const dash = symbols.indexOf('–');
  if (symbols[0] === 'P') return { start: null, end: null, ongoing: true };
  if (dash < 0) {
    const single = formatParts(readParts(symbols, tokens));
    return single === null ? null : { start: single, end: single, ongoing: false };
  }
  const left = readParts(symbols.slice(0, dash), tokens.slice(0, dash));
  const rightSymbols = symbols.slice(dash + 1);
  if (rightSymbols[0] === 'P' || rightSymbols[0] === '$') {
    const start = formatParts(left);
    return start === null ? null : { start, end: null, ongoing: true };
  }
  const right = readParts(rightSymbols, tokens.slice(dash + 1));
  shareParts(left, right, rightSymbols.includes('YY'));
  const start = formatParts(left);
  const end = formatParts(right);
  return start === null || end === null ? null : { start, end, ongoing: false };
}

/** The longest valid pattern reading the tokens from `at`, or null. */
function readAt(tokens: readonly DateToken[], at: number): Reading | null {
  let best: { length: number; reading: Reading } | null = null;
  for (const { symbols } of SHAPES) {
    if (best && symbols.length <= best.length) continue;
    const ok = symbols.every((s, k) => fits(s, tokens[at + k], at + k === tokens.length));
    if (!ok) continue;
    const reading = buildReading(symbols, tokens.slice(at, at + symbols.length));
    if (reading) best = { length: symbols.length, reading };
  }
  return best?.reading ?? null;
}

/**
 * Keeps one of two alternatives ("June/July", "3 or 4") on each side of a range mark, so the range joins the two
 * ends: the first on the start's side, the last on the end's. "3 June/July 1098 – 20 July 1099" → 3 June 1098 to
 * 20 July 1099. Without a range mark in the run, alternatives are the range ("July or August 251").
 */
function settleAlternatives(tokens: readonly DateToken[]): DateToken[] {
  const out: DateToken[] = [];
  let runStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.kind !== 'break') continue;
    const run = tokens.slice(runStart, i);
    const mark = run.findIndex((k) => k.kind === 'range' && !k.alternative);
    if (mark < 0) out.push(...run);
    else
      out.push(
        ...keepAlternative(run.slice(0, mark), 'first'),
        run[mark]!,
        ...keepAlternative(run.slice(mark + 1), 'last'),
      );
    if (t !== undefined) out.push(t);
    runStart = i + 1;
  }
  return out;
}

function isAlternative(t: DateToken | undefined): boolean {
  return t?.kind === 'range' && t.alternative;
}

/** "June / July" (same kind on both sides of an alternative mark) → June (`first`) or July (`last`). */
function keepAlternative(part: readonly DateToken[], which: 'first' | 'last'): DateToken[] {
  const out: DateToken[] = [];
  for (let i = 0; i < part.length; i++) {
    const t = part[i]!;
    const paired = isAlternative(part[i + 1]) && part[i + 2]?.kind === t.kind;
    if (paired && which === 'last') {
      i++;
      continue;
    }
    out.push(t);
    if (!paired) continue;
    while (isAlternative(part[i + 1]) && part[i + 2]?.kind === t.kind) i += 2;
  }
  return out;
}

/** The first reading found scanning left to right; runs begin after a break, never on a range mark. */
function readTokens(raw: readonly DateToken[]): Reading | null {
  const tokens = settleAlternatives(raw);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break' || t.kind === 'range') continue;
    const reading = readAt(tokens, i);
    if (reading) return reading;
  }
  return null;
}

/** Removes bracketed asides — "(Gregorian calendar)", "[O.S. 2 August]", durations — tracking depth so nesting is fine. */
function dropBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      out += ' ';
    } else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * Reads a date text; tries it without bracketed asides first, then with them (a date only in brackets).
 * @example readDate('8–10 November 2013') // { start: '2013-11-08', end: '2013-11-10', ongoing: false }
 */
export function readDate(text: string): Reading | null {
  const bounded = text.slice(0, MAX_DATE_CHARS).replace(/\n/g, ' ');
  return readTokens(tokenizeDate(dropBrackets(bounded))) ?? readTokens(tokenizeDate(bounded.replace(/[()[\]]/g, ';')));
}

/**
 * Interprets the infobox `date`; an unreadable date keeps its text with null ends and an `unparsed-date` warning.
 * @example interpretDate('July 1 – November 18, 1916', ctx) // { text, start: '1916-07-01', end: '1916-11-18', ongoing: false }
 */
export function interpretDate(text: string | null, ctx: Context, field = 'date'): DateRange | null {
  if (text === null || text.trim() === '') return null;
  const reading = readDate(text);
  if (!reading) {
    ctx.warn('unparsed-date', `Could not read a date from "${text.slice(0, 80)}".`, field);
    return { text, start: null, end: null, ongoing: false };
  }
  return { text, ...reading };
}
