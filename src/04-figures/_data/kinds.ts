// Stage 4 (figures) data: the kind vocabulary — words that say what a count counts.
import { type FigureKind, PEOPLE_FIGURE_KINDS } from '../../model/figure.js';

export interface KindWord {
  id: string;
  kind: FigureKind;
  /** Phrases, matched case-insensitively as whole words; compiled longest-first. */
  words: readonly string[];
  /** Strings whose figure must have this kind. */
  examples: readonly string[];
}

// order does not matter: all phrases are compiled into one longest-first alternation
export const KIND_WORDS: readonly KindWord[] = [
  {
    id: 'killed',
    kind: 'killed',
    words: [
      'killed',
      'killed in action',
      'dead',
      'deaths',
      'death',
      'fatalities',
      'fatality',
      'kia',
      'k.i.a.',
      'died',
      'perished',
      'drowned',
      'slain',
      'fallen',
      'killed in battle',
      'died of wounds',
      'dow',
      'lives lost',
    ],
    examples: ['3 killed', 'dead: 3', '12 KIA', '11 dead', '6,000 killed or drowned', '12,520 killed in action'],
  },
  {
    id: 'wounded',
    kind: 'wounded',
    words: [
      'wounded',
      'injured',
      'wia',
      'w.i.a.',
      'hurt',
      'injuries',
      'wounded in action',
      'seriously wounded',
      'lightly wounded',
      'seriously injured',
    ],
    examples: ['4 injured', '30 WIA', '9 wounded', '839,330 wounded and sick', '23,547 wounded/sick'],
  },
  {
    id: 'captured',
    kind: 'captured',
    words: [
      'captured',
      'prisoners',
      'prisoner',
      'pows',
      'pow',
      'taken prisoner',
      'prisoners of war',
      'surrendered',
      'taken captive',
      'captives',
      'imprisoned',
      'interned',
      'internees',
      'enslaved',
      'sold into slavery',
    ],
    examples: [
      '6 captured',
      '3,000 prisoners',
      '15 taken prisoner',
      '200 POWs',
      '10,000–20,000 interned',
      '13,000 civilians enslaved',
    ],
  },
  { id: 'missing', kind: 'missing', words: ['missing', 'mia', 'missing in action'], examples: ['2 missing', '2 MIA'] },
  {
    id: 'arrested',
    kind: 'arrested',
    words: ['arrested', 'detained', 'arrests', 'detainees'],
    examples: ['14 arrested', '5 detained'],
  },
  { id: 'executed', kind: 'executed', words: ['executed', 'executions'], examples: ['3 executed'] },
  {
    id: 'deserted',
    kind: 'deserted',
    words: ['deserted', 'deserters', 'desertions', 'defected', 'defections'],
    examples: ['12 deserted', '300 deserters'],
  },
  {
    id: 'displaced',
    kind: 'displaced',
    words: ['displaced', 'refugees', 'internally displaced', 'evacuated', 'fled'],
    examples: ['25,000 displaced', '3,000 refugees'],
  },
  {
    id: 'casualties',
    kind: 'casualties',
    words: [
      'casualties',
      'casualty',
      'losses',
      'killed or wounded',
      'total casualties',
      'total losses',
      'dead or wounded',
      'sick',
      'hors de combat',
      'put out of action',
    ],
    examples: [
      '560 casualties',
      '~800 killed or wounded',
      '1,000+ killed, wounded or captured',
      '478,741 killed and missing',
      '5,365 captured/missing',
      '700 sick',
    ],
  },
  {
    id: 'destroyed',
    kind: 'destroyed',
    words: [
      'destroyed',
      'shot down',
      'sunk',
      'lost',
      'scuttled',
      'downed',
      'written off',
      'burned',
      'burnt',
      'wrecked',
      'crashed',
    ],
    examples: ['2 tanks destroyed', '1 AH-64 Apache shot down', '2 ships sunk', '4 aircraft lost'],
  },
  {
    id: 'damaged',
    kind: 'damaged',
    words: ['damaged', 'disabled', 'crippled'],
    examples: ['3 Bradleys damaged', '386 ships damaged'],
  },
];

/**
 * Words that join a compound without changing its kind: `wounded and sick` is `wounded` (the sick are counted with
 * the wounded); alone, `sick` is `casualties`.
 */
export const ADDITIVE_KIND_WORDS: readonly string[] = ['sick'];

/** Words that mark a total (`Total: 1,850`, `23,049 total`); the figure is `casualties` unless a kind is named. */
export const TOTAL_WORDS: readonly string[] = ['total', 'in total', 'overall', 'altogether', 'combined', 'total:'];

/** Kinds that count people; a subject carries over only between figures of the same family. */
export const PEOPLE_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(PEOPLE_FIGURE_KINDS);
