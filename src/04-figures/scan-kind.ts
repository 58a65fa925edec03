// Stage 4 (figures): find kind phrases (`killed`, `killed or wounded`, `captured/missing`) and total words in a text.
import type { FigureKind } from '../model/figure.js';
import { globalWords } from './_lib/compile-words.js';
import { ADDITIVE_KIND_WORDS, KIND_WORDS, TOTAL_WORDS } from './_data/kinds.js';

export interface KindSpan {
  start: number;
  end: number;
  /** The kind of each word of a compound, in order (`killed or wounded` → killed, wounded). */
  kinds: FigureKind[];
  /** The words as written, lower-cased. */
  words: string[];
}

export interface WordSpan {
  start: number;
  end: number;
}

const KIND_OF = new Map<string, FigureKind>();
for (const entry of KIND_WORDS) for (const w of entry.words) KIND_OF.set(w.toLowerCase(), entry.kind);
const KIND_RE = globalWords([...KIND_OF.keys(), ...ADDITIVE_KIND_WORDS]);
const ADDITIVE = new Set(ADDITIVE_KIND_WORDS);
const TOTAL_RE = globalWords(TOTAL_WORDS.map((w) => w.replace(/:$/, '')));
// what may stand between two kind words of one compound: `, ` `or` `and` `/` `&` `and/or`
const CONNECTOR =
  /^[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|\/|&|(?:and\/or|and|or)(?=[ \u00a0]))[ \u00a0]*$/i;

/**
 * Lists the kind phrases of `text[from, to)`, joining words linked by `or`, `and`, `,` or `/` into one compound.
 * @example findKinds('3 killed or wounded') // → [{ start: 2, end: 19, kinds: ['killed', 'wounded'], … }]
 */
export function findKinds(text: string, from = 0, to = text.length): KindSpan[] {
  const spans: KindSpan[] = [];
  KIND_RE.lastIndex = from;
  for (let m = KIND_RE.exec(text); m && m.index < to; m = KIND_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const additive = ADDITIVE.has(word);
    const kind = KIND_OF.get(word) ?? 'casualties';
    const last = spans[spans.length - 1];
    // a connector is short; the length check also keeps the test linear on long runs of spaces
    if (last && m.index - last.end <= 12 && CONNECTOR.test(text.slice(last.end, m.index))) {
      const onlyAdditive = last.words.every((w) => ADDITIVE.has(w));
      last.end = end;
      // `wounded and sick` stays wounded; `sick and wounded` becomes it
      if (onlyAdditive && !additive) last.kinds = [kind];
      else if (!additive) last.kinds.push(kind);
      last.words.push(word);
    } else {
      spans.push({ start: m.index, end, kinds: [kind], words: [word] });
    }
  }
  return spans;
}

/**
 * Lists the total words (`total`, `overall`) of `text[from, to)`.
 * @example findTotals('Total: 41,000') // → [{ start: 0, end: 5 }]
 */
export function findTotals(text: string, from = 0, to = text.length): WordSpan[] {
  const spans: WordSpan[] = [];
  TOTAL_RE.lastIndex = from;
  for (let m = TOTAL_RE.exec(text); m && m.index < to; m = TOTAL_RE.exec(text)) {
    if (m.index + m[0].length <= to) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * The one kind a compound stands for: itself when all its words agree, else `casualties` for people and
 * `destroyed` for equipment (`sunk or captured`).
 * @example kindOfCompound(['killed', 'killed'], false) // 'killed'
 * @example kindOfCompound(['killed', 'wounded'], false) // 'casualties'
 */
export function kindOfCompound(kinds: readonly FigureKind[], equipment: boolean): FigureKind {
  const unique = [...new Set(kinds)];
  if (unique.length === 1) return unique[0]!;
  if (equipment && (unique.includes('destroyed') || unique.includes('damaged') || unique.includes('captured')))
    return 'destroyed';
  return 'casualties';
}
