// Stage 4 (figures) data: the words that make a number a date or a period (`May 1944`, `1812–1814`, `202 BC`).

/** Month names and their usual abbreviations; `may` counts as a month only next to a year or in parentheses. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Seasons, written before a year (`autumn 1941`). */
export const SEASONS: readonly string[] = ['spring', 'summer', 'autumn', 'fall', 'winter'];

/** Words that qualify a date or season (`late November 1943`, `mid-1944`, `early 1945`). */
export const DATE_QUALIFIERS: readonly string[] = [
  'early',
  'mid',
  'late',
  'end of',
  'beginning of',
  'start of',
  'end',
  'middle of',
];

/** Eras written after a year (`202 BC`) or before it (`AD 1066`). */
export const ERAS: readonly string[] = ['bc', 'bce', 'ad', 'ce', 'b.c.', 'a.d.', 'b.c.e.', 'c.e.', 'b.c', 'a.d'];

/** Words that make the year after them a time, not a count (`in 1209`, `since 1991`, `the years 1648–59`). */
export const PERIOD_PREPOSITIONS: readonly string[] = [
  'in',
  'since',
  'until',
  'till',
  'during',
  'year',
  'years',
  'by the end of',
  'as of',
];

/** The plausible years of a bare four-digit number; outside it a four-digit number is a count. */
export const YEAR_RANGE = { min: 1000, max: 2099 } as const;

/** A four-digit range is a period when its ends are at most this many years apart (`1937–1945`); `1000–1500` is a count. */
export const MAX_PERIOD_YEARS = 30;
