// Stage 4 (figures): find kind phrases (`killed`, `killed or wounded`, `captured/missing`) and total words in a text.
import type { Extension } from '../_lib/extension.js';
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

const ADDITIVE = new Set(ADDITIVE_KIND_WORDS);
const TOTAL_RE = globalWords(TOTAL_WORDS.map((w) => w.replace(/:$/, '')));
// what may stand between two kind words of one compound: `, ` `or` `and` `/` `&` `and/or`
const CONNECTOR =
  /^[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|\/|&|(?:and\/or|and|or)(?=[ \u00a0]))[ \u00a0]*$/i;

/** The kind words, compiled: finds kind phrases and joins compounds. Built-in, or with a caller's words added. */
export interface KindVocabulary {
  /**
   * Lists the kind phrases of `text`, joining words linked by `or`, `and`, `,` or `/` into one compound.
   * @example BUILT_IN_KINDS.find('3 killed or wounded') // → [{ start: 2, end: 19, kinds: ['killed', 'wounded'], … }]
   */
  find(text: string): KindSpan[];
}

/**
 * Compiles the built-in kind words plus `added` ones (an added word takes the kind it is given).
 * @example compileKinds([{ kind: 'killed', words: ['martyred'] }]).find('3 martyred')[0]?.kinds // ['killed']
 */
export function compileKinds(added: Extension['kinds'] = []): KindVocabulary {
  const kindOf = new Map<string, FigureKind>();
  for (const entry of KIND_WORDS) for (const w of entry.words) kindOf.set(w.toLowerCase(), entry.kind);
  for (const entry of added) for (const w of entry.words) kindOf.set(w.toLowerCase().replace(/\s+/g, ' '), entry.kind);
  const words = globalWords([...kindOf.keys(), ...ADDITIVE_KIND_WORDS]);
  return { find: (text) => findWith(words, kindOf, text) };
}

function findWith(words: RegExp, kindOf: ReadonlyMap<string, FigureKind>, text: string): KindSpan[] {
  const spans: KindSpan[] = [];
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const end = m.index + m[0].length;
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const additive = ADDITIVE.has(word);
    const kind = kindOf.get(word) ?? 'casualties';
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

/** The built-in kind words. */
export const BUILT_IN_KINDS: KindVocabulary = compileKinds();

const EXTENSION_KINDS = new WeakMap<Extension, KindVocabulary>();

/**
 * The kind words a parse uses: the built-in ones, plus an extension's when it adds any (compiled once each).
 * @example kindsFor(undefined) === BUILT_IN_KINDS // true
 */
export function kindsFor(extension: Extension | undefined): KindVocabulary {
  if (extension === undefined || extension.kinds.length === 0) return BUILT_IN_KINDS;
  let kinds = EXTENSION_KINDS.get(extension);
  if (kinds === undefined) {
    kinds = compileKinds(extension.kinds);
    EXTENSION_KINDS.set(extension, kinds);
  }
  return kinds;
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
