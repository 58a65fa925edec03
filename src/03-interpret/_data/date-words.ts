// Stage 3 (interpret) data: the words a date is written with — months, eras, range words, "present".

/** Month names and abbreviations (lower case, without dots) → month number. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Era markers (lower case, dots removed) → the era; a year before Christ becomes an astronomical (signed) year. */
export const ERA_WORDS: ReadonlyMap<string, 'BC' | 'AD'> = new Map([
  ['bc', 'BC'],
  ['bce', 'BC'],
  ['ad', 'AD'],
  ['ce', 'AD'],
]);

/** Words that join the two ends of a range. */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru']);

/**
 * Words (and the slash) that join two alternatives: read as a range when they are the only join ("July or August
 * 251"), as an uncertain part when a range mark joins two ends ("3 June/July 1098 – 20 July 1099").
 */
export const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['or', 'and']);

/**
 * Words that qualify a date without changing the part it names: "late November 1943" is read as November 1943,
 * "c. 490 BC" as 490 BC. A hyphen right after one belongs to it ("mid-June"); alternatives or ranges between two
 * of them join qualifiers, not dates ("early or mid 201 BC", "mid-to-late 1943").
 */
export const DATE_QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  // part of a period
  'early',
  'mid',
  'middle',
  'late',
  'beginning',
  'start',
  'end',
  // seasons
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  // approximation and doubt
  'c',
  'ca',
  'circa',
  'approx',
  'approximately',
  'about',
  'around',
  'possibly',
  'probably',
  'perhaps',
]);

/** Words that say the conflict has not ended. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['present', 'ongoing', 'now', 'today']);

/** Words that may stand inside a date without ending it ("1st of July 1916"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['of', 'the']);

/** Ordinal suffixes allowed right after a day number ("1st", "22nd"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
