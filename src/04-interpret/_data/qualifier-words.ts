// Stage 4 (interpret) data: first words of a parenthesis that qualifies a party ("(from 1943)", "(POW)").
// A trailing parenthesis is a qualifier when it is in small type, starts with a digit, or starts with one of these.

export const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  // time
  'from', 'until', 'till', 'to', 'before', 'after', 'since', 'during', 'in', 'at', 'later', 'formerly', 'initially',
  'c', 'ca', 'circa',
  // change of side
  'defected', 'withdrew', 'withdrawn', 'joined', 'left', 'switched', 'neutral',
  // extent
  'only', 'partially', 'partly', 'limited', 'covert', 'covertly', 'indirectly', 'unofficially', 'allegedly', 'alleged', 'nominally',
  // fate of a commander
  'pow', 'kia', 'wia', 'dow', 'mia', 'captured', 'killed', 'wounded', 'executed', 'surrendered', 'died', 'deserted',
  'replaced', 'relieved', 'dismissed', 'resigned', 'assassinated',
]);

/** Example qualifiers, one per family, for the table-driven test. */
export const QUALIFIER_EXAMPLES: readonly string[] = ['from 1943', 'until 1917', 'before 1776', '1792–1804', 'POW', 'KIA', 'defected', 'partially', 'c. 1500'];

/**
 * True when the text inside a trailing parenthesis reads as a qualifier of the party before it.
 * @example isQualifierText('before 1776') // true
 */
export function isQualifierText(inner: string): boolean {
  const text = inner.trim();
  if (/^\d/.test(text)) return true;
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  return first !== undefined && QUALIFIER_WORDS.has(first);
}
