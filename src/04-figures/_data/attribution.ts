// Stage 4 (figures) data: words that mark who a figure is attributed to.

export interface AttributionMarker {
  id: string;
  /** Phrases, matched case-insensitively as whole words. */
  words: readonly string[];
  examples: readonly string[];
}

/** Markers written before the source (`per Mali`, `according to the UN`). */
export const SOURCE_PREFIXES: AttributionMarker = {
  id: 'source-prefix',
  words: ['per', 'as per', 'according to', 'claimed by', 'reported by', 'source:', 'sources:', 'by', 'estimated by', 'figures from', 'figures by'],
  examples: ['(per Mali)', '(according to Caesar)', '(per the Interior Ministry)'],
};

/**
 * Markers written after the source (`Israeli claim`, `Turkish figures`). They are dropped from the source
 * only when what remains is a proper name (`British estimate` → `British`), so `modern estimates` stays whole.
 */
export const SOURCE_SUFFIXES: AttributionMarker = {
  id: 'source-suffix',
  words: ['claim', 'claims', 'claimed', 'estimate', 'estimates', 'figure', 'figures', 'report', 'reports', 'count', 'data', 'numbers', 'statement', 'account'],
  examples: ['(Israeli claim)', '(Turkish figures)', '(British estimate)', '(Iraqi government claim)'],
};

/** Nouns that make a whole phrase a source even though they end it (`Roman sources`, `hospital officials`). */
export const SOURCE_NOUNS: readonly string[] = [
  'sources', 'source', 'officials', 'official', 'ministry', 'government', 'army', 'police', 'media', 'observatory',
  'watch', 'un', 'united nations', 'ngo', 'ngos', 'historians', 'estimates', 'records', 'authorities', 'military',
];

/** First words of a parenthesis that is a remark, never a source (`(including wounded)`, `(see below)`). */
export const REMARK_OPENERS: readonly string[] = [
  'see', 'including', 'incl', 'incl.', 'includes', 'excluding', 'not', 'mostly', 'mainly', 'most', 'all', 'only', 'of', 'in', 'at',
  'on', 'plus', 'with', 'without', 'and', 'or', 'both', 'some', 'many', 'few', 'several', 'est', 'est.', 'estimated', 'approx',
  'approx.', 'approximately', 'unconfirmed', 'confirmed', 'disputed', 'claimed', 'alleged', 'allegedly', 'note', 'ie', 'i.e.',
  'e.g.', 'eg', 'ca.', 'c.', 'total', 'during', 'after', 'before', 'until', 'since', 'as', 'later', 'then',
  // links to more detail name no one: `([[Order of battle of the Battle of X|OOB]])`, `(full list)`
  'oob', 'order of battle', 'details', 'detail', 'breakdown', 'full list', 'list', 'below', 'above', 'more',
];

/** Remarks that only say the figure is an estimate (`1,200 killed (estimated)`). */
export const APPROXIMATE_REMARKS: readonly string[] = [
  'estimated', 'est.', 'est', 'estimate', 'approximately', 'approx.', 'approx', 'approximate', 'circa', 'ca.', 'c.', 'roughly',
];

/** Adjectives that start a remark without naming anyone: `Modern estimates` is a source whole, not `Modern`. */
export const PLAIN_ADJECTIVES: readonly string[] = [
  'modern', 'contemporary', 'official', 'other', 'some', 'various', 'early', 'earlier', 'later', 'recent', 'ancient',
  'initial', 'final', 'conservative', 'high', 'higher', 'highest', 'low', 'lower', 'lowest', 'total', 'maximum', 'minimum',
  'independent', 'unofficial', 'unconfirmed', 'confirmed', 'own', 'enemy', 'primary', 'secondary', 'medieval', 'period',
];
