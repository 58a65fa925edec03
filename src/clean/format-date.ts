// Clean service: render date template arguments as readable dates ("8 November 2013").

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Reads a month given as a number ("08"), a name or an abbreviation ("Nov"); 1-based, or null.
 * @example parseMonth('Nov') // → 11
 */
export function parseMonth(text: string): number | null {
  const t = text.trim().replace(/\.$/, '');
  if (/^[0-9]{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (t.length < 3) return null;
  const lower = t.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(lower));
  return i < 0 ? null : i + 1;
}

/**
 * Formats year/month/day parts day-first; missing parts shorten the date; a negative year is BC.
 * Returns '' when the year is not a number.
 * @example formatDate('2013', '11', '8') // → '8 November 2013'
 * @example formatDate('1942', '8', '') // → 'August 1942'
 */
export function formatDate(year: string, month = '', day = ''): string {
  const y = year.trim();
  if (!/^-?[0-9]{1,4}$/.test(y)) return '';
  const yn = Number(y);
  const yearText = yn <= 0 ? `${yn === 0 ? 1 : -yn} BC` : String(yn);
  const m = month.trim() === '' ? null : parseMonth(month);
  if (m === null) return yearText;
  const d = day.trim();
  const dn = /^[0-9]{1,2}$/.test(d) ? Number(d) : 0;
  return dn >= 1 && dn <= 31 ? `${dn} ${MONTH_NAMES[m - 1]} ${yearText}` : `${MONTH_NAMES[m - 1]} ${yearText}`;
}

/** A calendar date as numbers. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/**
 * Reads numeric year/month/day strings into a full date, or null when one is missing.
 * @example toYmd('1942', '08', '23') // → { y: 1942, m: 8, d: 23 }
 */
export function toYmd(year: string, month: string, day: string): Ymd | null {
  const y = Number(year.trim());
  const m = parseMonth(month);
  const d = Number(day.trim());
  if (year.trim() === '' || !Number.isInteger(y) || m === null || !Number.isInteger(d) || d < 1 || d > 31) return null;
  return { y, m, d };
}

/**
 * Whole years, months and days from `a` to `b` (b after a), as a calendar difference.
 * @example diffYmd({ y: 1942, m: 8, d: 23 }, { y: 1943, m: 2, d: 2 }) // → { y: 0, m: 5, d: 10 }
 */
export function diffYmd(a: Ymd, b: Ymd): Ymd {
  let y = b.y - a.y;
  let m = b.m - a.m;
  let d = b.d - a.d;
  if (d < 0) {
    m -= 1;
    // Borrow the length of the month before b's month.
    d += daysInMonth(b.m === 1 ? b.y - 1 : b.y, b.m === 1 ? 12 : b.m - 1);
  }
  if (m < 0) {
    y -= 1;
    m += 12;
  }
  return { y, m, d };
}

/**
 * Whole days from `a` to `b`.
 * @example daysBetween({ y: 1942, m: 8, d: 23 }, { y: 1943, m: 2, d: 2 }) // → 163
 */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** Milliseconds of a date; setUTCFullYear keeps years below 100 as written (Date.UTC would add 1900). */
function utc({ y, m, d }: Ymd): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

function daysInMonth(y: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, 0);
  return date.getUTCDate();
}

/**
 * Joins counted units in English: "5 months, 1 week and 3 days"; zero units are left out.
 * @example joinUnits([[5, 'month'], [0, 'week'], [3, 'day']]) // → '5 months and 3 days'
 */
export function joinUnits(parts: ReadonlyArray<readonly [number, string]>): string {
  const words = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
