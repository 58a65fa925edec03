// Stage 4 (interpret) data: the words a date is written with — months, eras, range words, "present".

/** Month names and abbreviations (lower case, without dots) → month number. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Era markers (lower case, dots removed) → the era; a year before Christ becomes an astronomical (signed) year. */
export const ERA_WORDS: ReadonlyMap<string, 'BC' | 'AD'> = new Map([
  ['bc', 'BC'], ['bce', 'BC'],
  ['ad', 'AD'], ['ce', 'AD'],
]);

/** Words that join the two ends of a range (or two alternatives, read as a range: "July or August"). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru', 'or', 'and']);

/** Words that say the conflict has not ended. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['present', 'ongoing', 'now', 'today']);

/** Words that may stand inside a date without ending it ("1st of July 1916"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['of', 'the']);

/** Ordinal suffixes allowed right after a day number ("1st", "22nd"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
