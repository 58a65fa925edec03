// Stage 4 (figures): find the dates and periods in a value (`(1812–1814)`, `May 1944:`, `1591–98`, `202 BC`), which
// qualify figures and are never counts themselves.
import { alternation } from './_lib/compile-words.js';
import {
  DATE_QUALIFIERS,
  ERAS,
  MAX_PERIOD_YEARS,
  MONTHS,
  PERIOD_PREPOSITIONS,
  SEASONS,
  YEAR_RANGE,
} from './_data/periods.js';

export interface Period {
  /** Offsets in the value's text. */
  start: number;
  end: number;
  /** The period as written, e.g. `1812–1814`, `May 1944`. */
  text: string;
}

const SP = '[ \\u00a0]';
const MON = `(?:${alternation(MONTHS)})\\.?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_MONTH = `(?:${DAY}(?:${SP}*[–—-]${SP}*${DAY})?${SP}+${MON}(?:/${MON})?|${MON}(?:/${MON})?(?:${SP}+${DAY}(?![\\d]))?,?)`;
const QUAL = `(?:${alternation(DATE_QUALIFIERS)})`;
const SEASON = `(?:${alternation(SEASONS)})(?:${SP}+of)?`;
const DASH = `${SP}*(?:–|—|-|−|to|/)${SP}*`;

// words before a year that make it a date: `9 October – late November `, `autumn `, `mid-`, `June–July `
const LEFT_DATE = new RegExp(
  `(?:${DAY_MONTH}${DASH})?(?:${QUAL}(?:${SP}+|-|${SP}*-${SP}*))?(?:${DAY_MONTH}|${SEASON}|(?<=${QUAL}${SP}*-?))${SP}*$|${QUAL}(?:${SP}+|-)$`,
  'iu',
);
const PREPOSITION = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PERIOD_PREPOSITIONS)})${SP}+(?:the${SP}+)?$`, 'iu');
const ERA_AFTER = new RegExp(`${SP}?(?:${alternation(ERAS)})(?![\\p{L}])`, 'iuy');
const ERA_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:ad|a\\.d\\.)${SP}?$`, 'iu');
// the far end of a range: `–1814`, `–98`, `– 20 July 1099`, `– early or mid 201 BC`
const RANGE_END = new RegExp(
  `${DASH}(?:(?:${QUAL}(?:${SP}+or${SP}+${QUAL})?${SP}+)?(?:${DAY_MONTH}|${SEASON})${SP}+)?(\\d{1,4})(?![\\d])`,
  'iuy',
);
// a date with no year, in parentheses or heading a line: `(7 May)`, `(July 16 – August 9)`, `16 March:`
const BARE_DATE = new RegExp(
  `${DAY}(?:${SP}*[–—-]${SP}*${DAY})?${SP}+${MON}(?![\\p{L}\\d])(?:${DASH}(?:${DAY}${SP}+${MON}|${MON}${SP}+${DAY}|${DAY})(?![\\p{L}\\d]))?`,
  'iuy',
);
const LEFT_MONTH = new RegExp(`${MON}${SP}+$`, 'iu');
const BARE_DATE_END = new RegExp(
  `(?![\\p{L}\\d])(?:${DASH}(?:${DAY}${SP}+${MON}|${MON}${SP}+${DAY}|${DAY})(?![\\p{L}\\d]))?`,
  'iuy',
);
const HEADER_AFTER = /[^\d\n:]{0,60}:/y;
// a year alone on its line, heading a next line with a number: `1941\n2,680,000 troops` (a lone `1000` is a count)
const ALONE_BEFORE = /^[\s*#•:;'"]*$/;
const ALONE_AFTER = /[ \u00a0'"*:]*\n[^\n]{0,200}?\d/y;
const DIGITS = /\d+/g;
const WINDOW = 60;
// a year in parentheses with a word that only limits it: `(1943 only)`, `(1944 onwards)`
const ONLY_AFTER = /^[ \u00a0]+(?:only|alone|onwards?|and after|and later)[ \u00a0]*[),;]/iu;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** Depth of parentheses at each offset (0 outside), in one pass. */
function parenthesisDepths(text: string): Uint8Array {
  const depths = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth = Math.min(depth + 1, 255);
    depths[i] = depth;
    if (c === 41 && depth > 0) depth--;
  }
  return depths;
}

/** True when the digits at [s, e) belong to a grouped number (`1,317`, `2.5`) rather than standing alone. */
function isGrouped(text: string, s: number, e: number): boolean {
  return (
    (/[,.]/.test(text.charAt(s - 1)) && /\d/.test(text.charAt(s - 2))) ||
    (/[,.]/.test(text.charAt(e)) && /\d/.test(text.charAt(e + 1))) ||
    /[\p{L}_]/u.test(text.charAt(s - 1))
  );
}

/** The next character that is not a space from `i`, or '' at the end. */
function nextVisible(text: string, i: number): string {
  let j = i;
  while (j < text.length && (text.charAt(j) === ' ' || text.charAt(j) === '\u00a0')) j++;
  return text.charAt(j);
}

/**
 * Finds dates and periods, in order and without overlap. A year is a period when words make it one (a month, a
 * season, an era, `in`, `since`), when it ends a range of years (`1591–98`, `1937–1945`), when it stands alone in
 * parentheses (`(1943)`), or when it labels a header (`1942:`); a bare `1500` or `c. 1500` stays a count.
 * Linear: every digit run is looked at once, through windows of bounded width.
 * @example findPeriods('12,000 died of disease (1812–1814)').map((p) => p.text) // ['1812–1814']
 */
export function findPeriods(text: string): Period[] {
  if (!/\d/.test(text)) return [];
  const depths = parenthesisDepths(text);
  const periods: Period[] = [];
  let lineStart = 0;
  let scannedTo = 0;
  // offset just past the last digit on this line that was not a period (a header's label holds no count)
  let countBefore = -1;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    for (; scannedTo < s; scannedTo++) if (text.charCodeAt(scannedTo) === 10) lineStart = scannedTo + 1;
    if (isGrouped(text, s, e)) {
      countBefore = e;
      continue;
    }
    const value = Number(m[0]);
    const inParentheses = depths[s]! > 0;
    const left = text.slice(Math.max(lineStart, s - WINDOW), s);
    const eraAfter = at(ERA_AFTER, text, e);
    const era = eraAfter !== null || ERA_BEFORE.test(left);
    const isYear = era || (m[0].length === 4 && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max);
    if (!isYear) {
      // a day and month with no year: only where no count could be meant (a parenthesis, a header's label)
      const bare = at(BARE_DATE, text, s);
      const leftMonth = bare ? null : LEFT_MONTH.exec(left);
      const tail = leftMonth ? at(BARE_DATE_END, text, e) : null;
      const end = bare ? s + bare[0].length : tail ? e + tail[0].length : -1;
      if (end >= 0 && (inParentheses || (countBefore < lineStart && at(HEADER_AFTER, text, end) !== null))) {
        pushPeriod(periods, text, leftMonth ? s - leftMonth[0].length : s, end);
        DIGITS.lastIndex = end;
      } else {
        countBefore = e;
      }
      continue;
    }
    if (eraAfter) e += eraAfter[0].length;
    let rangeKind: 'none' | 'short' | 'long' | 'date' = 'none';
    const range = at(RANGE_END, text, e);
    if (range) {
      const far = range[1]!;
      const farValue = Number(far);
      const farEra = at(ERA_AFTER, text, e + range[0].length);
      const dated = /\p{L}/u.test(range[0].slice(0, range[0].length - far.length).replace(/to|or/giu, ''));
      if (farEra || (era && far.length <= 4)) {
        rangeKind = 'long';
        e += range[0].length + (farEra?.[0].length ?? 0);
      } else if (far.length === 2 && m[0].length === 4 && farValue > value % 100 && !dated) {
        rangeKind = 'short';
        e += range[0].length;
      } else if (far.length === 4 && farValue >= value && farValue - value <= MAX_PERIOD_YEARS) {
        rangeKind = dated ? 'date' : 'long';
        e += range[0].length;
      }
    }
    const leftDate = LEFT_DATE.exec(left);
    const anchored =
      era || (leftDate !== null && leftDate[0].trim() !== '') || PREPOSITION.test(left) || rangeKind === 'date';
    const alone = inParentheses && (!/\p{L}/u.test(nextVisible(text, e)) || ONLY_AFTER.test(text.slice(e, e + 12)));
    const header =
      countBefore < lineStart &&
      (at(HEADER_AFTER, text, e) !== null ||
        (s - lineStart <= 8 && ALONE_BEFORE.test(text.slice(lineStart, s)) && at(ALONE_AFTER, text, e) !== null));
    if (!(anchored || rangeKind === 'short' || rangeKind === 'long' || alone || header)) {
      countBefore = s + m[0].length;
      continue;
    }
    const start = leftDate && leftDate[0].trim() !== '' ? s - leftDate[0].length : s;
    pushPeriod(periods, text, start, e);
    DIGITS.lastIndex = Math.max(DIGITS.lastIndex, e);
  }
  return periods;
}

function pushPeriod(periods: Period[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && /[\s,]/.test(text.charAt(s))) s++;
  let e = end;
  while (e > s && /[\s,]/.test(text.charAt(e - 1))) e--;
  const last = periods[periods.length - 1];
  if (last && s < last.end) s = last.end;
  if (s < e) periods.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * The text with the given spans (periods, names) overwritten with `fill` (same length, so offsets hold): what is left
 * holds only counts. Spans may come in any order and overlap.
 * @example maskSpans('100,000 (1943)', findPeriods('100,000 (1943)')) // '100,000 (    )'
 */
export function maskSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, fill = ' '): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const p of sorted) {
    if (p.end <= at) continue;
    out += text.slice(at, Math.max(at, p.start)) + fill.repeat(p.end - Math.max(at, p.start));
    at = p.end;
  }
  return out + text.slice(at);
}
