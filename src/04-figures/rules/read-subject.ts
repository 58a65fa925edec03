// Stage 4 (figures) support for rules: the subject of a figure — the words between its number and kind, or after it.
import { SUBJECT_FILLERS } from '../_data/nouns.js';
import type { ItemParts } from '../read-item.js';

const FILLERS = new Set(SUBJECT_FILLERS);
// words after which a phrase stops naming what is counted: `541,000 in Tenth Army`, `80,000 armed with rifles`
const STOPS = new Set([
  'in',
  'with',
  'at',
  'from',
  'including',
  'incl.',
  'on',
  'during',
  'under',
  'by',
  'out',
  'who',
  'which',
  'that',
  'whom',
  'for',
  'per',
  'according',
  'while',
  'when',
  'before',
  'after',
  'rising',
  'among',
  'mostly',
  'mainly',
  'each',
  'see',
]);

/**
 * Reads the subject from tokens `[from, to)` of an item: word tokens (and numbers inside a name such as
 * `Mirage 2000`), cut at a preposition, without fillers like `other` at either end.
 * @example subjectOf(readItem(seg('9 other ships sunk')), 1, 3) // 'ships'
 */
export function subjectOf(parts: ItemParts, from: number, to: number): string | null {
  const kept: number[] = [];
  for (let i = from; i < to; i++) {
    const t = parts.tokens[i]!;
    // a parenthesis ends the name of what is counted (`10,000 knights (of which …), unknown thousands`), and
    // a subject never starts across a separator (`6,000 to 9,000, (see …) About 5/6 longbowmen`), though it may
    // follow an aside (`732 (402 operational) aircraft`)
    const prev = kept.length > 0 ? parts.tokens[kept[kept.length - 1]!]! : parts.tokens[i - 1];
    if (prev && (kept.length > 0 ? /[()]/ : /[,;]/).test(parts.item.text.slice(prev.end, t.start))) break;
    if (t.type === 'w') {
      if (STOPS.has(t.text.toLowerCase())) break;
      kept.push(i);
    } else if (t.type === 'N' && kept.length > 0 && !t.number!.word) {
      kept.push(i);
    } else {
      break;
    }
  }
  while (kept.length > 0 && isFiller(parts, kept[0]!)) kept.shift();
  while (
    kept.length > 0 &&
    (isFiller(parts, kept[kept.length - 1]!) || /^(?:and|or|&)$/i.test(parts.tokens[kept[kept.length - 1]!]!.text))
  )
    kept.pop();
  if (kept.length === 0 || kept.length > 10) return null;
  const first = parts.tokens[kept[0]!]!;
  const last = parts.tokens[kept[kept.length - 1]!]!;
  const text = parts.shown
    .slice(first.start, last.end)
    .replace(/\s+/g, ' ')
    .replace(/(?<![\s,;.:])[\s,;.:]+$/, '')
    .trim();
  return text || null;
}

function isFiller(parts: ItemParts, i: number): boolean {
  const t = parts.tokens[i]!;
  return t.type === 'N' || FILLERS.has(t.text.toLowerCase());
}
