// Stage 4 (figures) rules: the ordered table of item shapes that make a figure. First match wins; order matters.
import type { FigureKind } from '../../model/figure.js';
import { isEquipment } from '../_lib/nouns.js';
import type { ItemParts, Token } from '../read-item.js';
import { kindOfCompound } from '../scan-kind.js';
import { subjectOf } from './read-subject.js';

/** What a rule reads from an item; the splitter adds source, party, refs and text. */
export interface FigureDraft {
  kind: FigureKind;
  number: Token;
  subject: string | null;
  total: boolean;
  /** Index of the token that ends the figure's phrase; what follows may hold an attribution. */
  last: number;
}

export interface RuleExample {
  text: string;
  kind: FigureKind;
  min: number | null;
  max: number | null;
  subject?: string | null;
  total?: boolean;
}

export interface FigureRule {
  id: string;
  /** Restricts the rule to one field family; both when absent. */
  mode?: 'casualties' | 'strength';
  examples: readonly RuleExample[];
  /** Matched against the item's shape (`NwK` …). */
  pattern: RegExp;
  extract(parts: ItemParts, match: RegExpExecArray): FigureDraft | null;
}

/** The kind a kind token stands for, given its subject (`sunk or captured` ships → destroyed; `lost` men → casualties). */
function kindOf(token: Token, subject: string | null): FigureKind {
  const span = token.kind!;
  const equipment = subject !== null && isEquipment(subject);
  if (span.words.length === 1 && span.words[0] === 'lost' && !equipment) return 'casualties';
  return kindOfCompound(span.kinds, equipment);
}

function firstOf(shape: string, type: string, from = 0): number {
  return shape.indexOf(type, from);
}

/** Index just past the run of word tokens starting at `from`. */
function wordsEnd(parts: ItemParts, from: number): number {
  let i = from;
  while (i < parts.tokens.length && (parts.tokens[i]!.type === 'w' || parts.tokens[i]!.type === 'N')) i++;
  return i;
}

export const FIGURE_RULES: readonly FigureRule[] = [
  {
    // 3,000 infantry, 12 tanks — every count of a strength field is `strength`
    id: 'strength-count',
    mode: 'strength',
    examples: [
      { text: '3,000 infantry', kind: 'strength', min: 3000, max: 3000, subject: 'infantry' },
      { text: 'Approximately 22,000 legionaries', kind: 'strength', min: 22000, max: 22000, subject: 'legionaries' },
      { text: 'Total: 151 combat ships', kind: 'strength', min: 151, max: 151, subject: 'combat ships', total: true },
    ],
    pattern: /N/,
    extract(parts, m) {
      const n = m.index;
      const end = wordsEnd(parts, n + 1);
      return {
        kind: 'strength',
        number: parts.tokens[n]!,
        subject: subjectOf(parts, n + 1, end),
        total: parts.shape.slice(0, n).includes('T') || parts.shape[n + 1] === 'T',
        last: Math.max(n, end - 1),
      };
    },
  },
  {
    // Total: 1,850 — Total: 560 casualties
    id: 'total-first',
    mode: 'casualties',
    examples: [
      { text: 'Total: 1,850', kind: 'casualties', min: 1850, max: 1850, total: true },
      { text: 'Total: 560 casualties', kind: 'casualties', min: 560, max: 560, total: true },
      { text: 'Total: 8 killed', kind: 'killed', min: 8, max: 8, total: true },
    ],
    pattern: /^w?T:?N/,
    extract(parts, m) {
      const n = m[0].length - 1;
      const k = parts.shape.slice(n + 1).search(/^[wN]*K/) >= 0 ? firstOf(parts.shape, 'K', n + 1) : -1;
      const subjectEnd = k >= 0 ? k : wordsEnd(parts, n + 1);
      const subject = subjectOf(parts, n + 1, subjectEnd);
      const kind = k >= 0 ? kindOf(parts.tokens[k]!, subject) : 'casualties';
      return { kind, number: parts.tokens[n]!, subject, total: true, last: k >= 0 ? k : Math.max(n, subjectEnd - 1) };
    },
  },
  {
    // From 77,166 killed to 110,000 killed — a range whose ends both carry the kind
    id: 'kind-range',
    examples: [{ text: 'From 77,166 killed to 110,000 killed', kind: 'killed', min: 77166, max: 110000 }],
    pattern: /^[w:]*NKRNK/,
    extract(parts, m) {
      const n = m[0].length - 5;
      const a = parts.tokens[n]!;
      const b = parts.tokens[n + 3]!;
      const k1 = parts.tokens[n + 1]!;
      const k2 = parts.tokens[n + 4]!;
      if (kindOf(k1, null) !== kindOf(k2, null)) return null;
      const low = a.number!.min ?? a.number!.max;
      const high = b.number!.max ?? b.number!.min;
      if (low === null || high === null || high < low) return null;
      const merged: Token = {
        ...a,
        end: b.end,
        number: {
          ...a.number!,
          end: b.number!.end,
          min: low,
          max: b.number!.max === null ? null : high,
          approximate: a.number!.approximate || b.number!.approximate,
        },
      };
      return { kind: kindOf(k1, null), number: merged, subject: null, total: false, last: n + 4 };
    },
  },
  {
    // killed: 3 — dead: 4 soldiers — civilians killed: 30 — total dead: 1,200 (the kind word wins over "total")
    id: 'kind-first',
    mode: 'casualties',
    examples: [
      { text: 'killed: 3', kind: 'killed', min: 3, max: 3 },
      { text: 'Total dead: 1,200', kind: 'killed', min: 1200, max: 1200, total: true },
      { text: 'Killed: 4 soldiers', kind: 'killed', min: 4, max: 4, subject: 'soldiers' },
      { text: 'Civilians killed: 30', kind: 'killed', min: 30, max: 30, subject: 'Civilians' },
      { text: 'Wounded 12', kind: 'wounded', min: 12, max: 12 },
    ],
    pattern: /^[wT]{0,3}K[:R]?N/,
    extract(parts, m) {
      const n = m[0].length - 1;
      const k = firstOf(parts.shape, 'K');
      const end = wordsEnd(parts, n + 1);
      const subject = subjectOf(parts, 0, k) ?? subjectOf(parts, n + 1, end);
      return {
        kind: kindOf(parts.tokens[k]!, subject),
        number: parts.tokens[n]!,
        subject,
        total: parts.shape.slice(0, k).includes('T'),
        last: Math.max(n, end - 1),
      };
    },
  },
  {
    // 3 civilians killed — 2 tanks destroyed — 1,000+ killed, wounded or captured — 30,000 total dead
    id: 'number-kind',
    examples: [
      { text: '3 killed', kind: 'killed', min: 3, max: 3 },
      { text: '3 civilians killed', kind: 'killed', min: 3, max: 3, subject: 'civilians' },
      { text: '1 M1 Abrams tank destroyed', kind: 'destroyed', min: 1, max: 1, subject: 'M1 Abrams tank' },
      { text: '1,000+ killed, wounded or captured', kind: 'casualties', min: 1000, max: null },
      { text: '200 ships sunk or captured', kind: 'destroyed', min: 200, max: 200, subject: 'ships' },
      { text: 'two killed', kind: 'killed', min: 2, max: 2 },
      { text: '9 other ships sunk', kind: 'destroyed', min: 9, max: 9, subject: 'ships' },
      { text: '500 men lost', kind: 'casualties', min: 500, max: 500, subject: 'men' },
      { text: '3,000 prisoners', kind: 'captured', min: 3000, max: 3000 },
      { text: '30,000–45,000 total dead', kind: 'killed', min: 30000, max: 45000, total: true },
      { text: '2,000 in total killed', kind: 'killed', min: 2000, max: 2000, total: true },
    ],
    pattern: /^[w:R]*N[wNT]*K/,
    extract(parts, m) {
      const n = firstOf(parts.shape, 'N');
      const k = m[0].length - 1;
      const total = parts.shape.slice(n + 1, k).includes('T');
      const subject = total ? null : subjectOf(parts, n + 1, k);
      if (parts.tokens[n]!.number!.word && subject !== null && subject.split(' ').length > 3) return null;
      return { kind: kindOf(parts.tokens[k]!, subject), number: parts.tokens[n]!, subject, total, last: k };
    },
  },
  {
    // 23,049 total
    id: 'number-total',
    mode: 'casualties',
    examples: [{ text: '23,049 total', kind: 'casualties', min: 23049, max: 23049, total: true }],
    pattern: /^[w:R]*N[wN]*T/,
    extract(parts, m) {
      const n = firstOf(parts.shape, 'N');
      const t = m[0].length - 1;
      if (parts.tokens[n]!.number!.word) return null;
      return {
        kind: 'casualties',
        number: parts.tokens[n]!,
        subject: subjectOf(parts, n + 1, t),
        total: true,
        last: t,
      };
    },
  },
  {
    // 500 tanks — 3 battlecruisers — 743 artillery pieces, anti-tank guns, and anti-aircraft guns
    id: 'number-equipment',
    mode: 'casualties',
    examples: [
      { text: '254 guns', kind: 'destroyed', min: 254, max: 254, subject: 'guns' },
      { text: '3 battlecruisers', kind: 'destroyed', min: 3, max: 3, subject: 'battlecruisers' },
      { text: 'c. 500 tanks', kind: 'destroyed', min: 500, max: 500, subject: 'tanks' },
    ],
    pattern: /^[w:R]*Nw/,
    extract(parts) {
      const n = firstOf(parts.shape, 'N');
      const end = wordsEnd(parts, n + 1);
      const subject = subjectOf(parts, n + 1, end);
      if (subject === null || !isEquipment(subject)) return null;
      return { kind: 'destroyed', number: parts.tokens[n]!, subject, total: false, last: end - 1 };
    },
  },
  {
    // 728,000 men — 192 Athenians — 400,000 — a count with no kind in a casualties field
    id: 'number-people',
    mode: 'casualties',
    examples: [
      { text: '728,000 men', kind: 'casualties', min: 728000, max: 728000, subject: 'men' },
      { text: '400,000', kind: 'casualties', min: 400000, max: 400000, subject: null },
      { text: '~250', kind: 'casualties', min: 250, max: 250 },
      { text: '6,000–15,000', kind: 'casualties', min: 6000, max: 15000 },
      { text: 'Two', kind: 'casualties', min: 2, max: 2 },
    ],
    pattern: /^[w:R]*N/,
    extract(parts) {
      const n = firstOf(parts.shape, 'N');
      const number = parts.tokens[n]!;
      // a number in words needs a kind or a noun, unless it is the whole item (`Two`, `Two (…)`)
      if (number.number!.word && parts.shape !== 'N') return null;
      const end = wordsEnd(parts, n + 1);
      const subject = subjectOf(parts, n + 1, end);
      return { kind: 'casualties', number, subject, total: false, last: Math.max(n, end - 1) };
    },
  },
];
