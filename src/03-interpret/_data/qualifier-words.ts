// Stage 3 (interpret) data: first words of a parenthesis that qualifies a party ("(from 1943)", "(POW)").
// A trailing parenthesis is a qualifier when it is in small type, starts with a digit or one of the first words,
// or holds one of the anywhere words.

export const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  // time
  'from',
  'until',
  'till',
  'to',
  'before',
  'after',
  'since',
  'during',
  'in',
  'at',
  'later',
  'formerly',
  'initially',
  'c',
  'ca',
  'circa',
  // change of side
  'defected',
  'withdrew',
  'withdrawn',
  'joined',
  'left',
  'switched',
  'neutral',
  // extent
  'only',
  'partially',
  'partly',
  'limited',
  'covert',
  'covertly',
  'indirectly',
  'unofficially',
  'allegedly',
  'alleged',
  'nominally',
  // fate of a commander
  'pow',
  'kia',
  'wia',
  'dow',
  'mia',
  'captured',
  'killed',
  'wounded',
  'executed',
  'surrendered',
  'died',
  'deserted',
  'replaced',
  'relieved',
  'dismissed',
  'resigned',
  'assassinated',
  'deposed',
  'not',
  'did',
  'didn',
]);

/** Words that make a parenthesis a qualifier wherever they stand in it ("air support", "nominal ally"). */
export const QUALIFIER_ANYWHERE_WORDS: ReadonlySet<string> = new Set([
  'support',
  'supported',
  'only',
  'partially',
  'partly',
  'limited',
  'nominal',
  'nominally',
  'observer',
  'observers',
  'advisors',
  'advisers',
  'until',
  'since',
  'defected',
  'withdrew',
  'disputed',
  'alleged',
  'allegedly',
]);

/** Trailing symbols that stand for a commander's fate: † (killed, from {{KIA}}), ‡, ✝. */
export const STATUS_SYMBOLS: ReadonlySet<string> = new Set(['†', '‡', '✝']);

/** Example qualifiers, one per family, for the table-driven test. */
export const QUALIFIER_EXAMPLES: readonly string[] = [
  'from 1943',
  'until 1917',
  'before 1776',
  '1792–1804',
  'POW',
  'KIA',
  'surrendered',
  'defected',
  'partially',
  'c. 1500',
  'air support',
  'nominal ally',
  "didn't fight",
];

/**
 * True when the text inside a trailing parenthesis reads as a qualifier of the party before it.
 * @example isQualifierText('before 1776') // true
 */
export function isQualifierText(inner: string): boolean {
  const text = inner.trim();
  if (/^\d/.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const first = words[0];
  return (first !== undefined && QUALIFIER_WORDS.has(first)) || words.some((w) => QUALIFIER_ANYWHERE_WORDS.has(w));
}
