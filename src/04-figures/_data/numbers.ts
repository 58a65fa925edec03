// Stage 4 (figures) data: number words, scale words and the qualifiers that turn a number into bounds.

/** Cardinal words read as numbers; a word number only makes a figure next to a kind or a known noun. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/**
 * Words that multiply the number before them (`1.2 million`, `two hundred`, `3 lakh`); on a range the last end's
 * scale word is the scale of both (`2.5–4 million`).
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  millions: 1_000_000,
  mn: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  lakh: 100_000,
  lakhs: 100_000,
  lac: 100_000,
  lacs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
};

export type QualifierEffect = 'lower' | 'upper' | 'approximate' | 'range';

export interface Qualifier {
  id: string;
  /** Phrases, matched case-insensitively as whole words. */
  words: readonly string[];
  /** `lower`: the number is a minimum; `upper`: a maximum; `range`: opens `between N and M` / `from N to M`. */
  effect: QualifierEffect;
  examples: readonly string[];
}

/** Qualifiers written before a number. Order does not matter: phrases are compiled longest-first. */
export const PREFIX_QUALIFIERS: readonly Qualifier[] = [
  {
    id: 'lower-bound',
    words: [
      'at least',
      'more than',
      'over',
      'above',
      'in excess of',
      'upwards of',
      'no fewer than',
      'no less than',
      'a minimum of',
      'minimum of',
      'at minimum',
      'min.',
      'greater than',
    ],
    effect: 'lower',
    examples: ['at least 27 killed', 'more than 200 killed', 'over 5,000 killed'],
  },
  {
    id: 'upper-bound',
    words: [
      'up to',
      'fewer than',
      'less than',
      'under',
      'at most',
      'almost',
      'nearly',
      'no more than',
      'a maximum of',
      'maximum of',
      'max.',
      'not more than',
      'as many as',
      'as high as',
    ],
    effect: 'upper',
    examples: ['up to 400 killed', 'fewer than 10 killed', 'almost 3,000 killed'],
  },
  {
    id: 'approximate',
    words: [
      '~',
      '≈',
      'c.',
      'c',
      'ca.',
      'ca',
      'circa',
      'about',
      'around',
      'approximately',
      'approx.',
      'approx',
      'roughly',
      'some',
      'estimated',
      'an estimated',
      'est.',
      'est',
      'reportedly',
      'possibly',
      'perhaps',
      'allegedly',
      'probably',
    ],
    effect: 'approximate',
    examples: ['~800 killed', 'c. 2,000 dead', 'around 300 killed', 'an estimated 1,000 killed'],
  },
  {
    id: 'range-opener',
    words: ['between', 'from', 'anywhere from', 'somewhere between'],
    effect: 'range',
    examples: ['between 1,000 and 1,500 killed', 'from 6,000 to 9,000 killed'],
  },
];

/** Qualifiers written after a number (`60+`, `500 or more`). */
export const SUFFIX_QUALIFIERS: readonly Qualifier[] = [
  {
    id: 'plus-suffix',
    words: ['+', 'or more', 'and more', 'plus', 'or over'],
    effect: 'lower',
    examples: ['60+ wounded', '500 or more killed'],
  },
  { id: 'or-less-suffix', words: ['or less', 'or fewer'], effect: 'upper', examples: ['100 or fewer killed'] },
];

/** Words joining two numbers into a range; `and` only after `between`; `~` between two numbers (`459 ~ 1,000`). */
export const RANGE_JOINERS: readonly string[] = ['–', '—', '-', '−', '‒', 'to', 'or', '~'];
