// Stage 3 (interpret) data: how a line of a combatant/commander cell shows it is a group header, not a party.
import type { MarkSpan } from '../../_lib/clean-value.js';

/** What a header rule sees of one line. */
export interface LineView {
  text: string;
  /** Mark kinds that cover the whole line. */
  marks: ReadonlySet<MarkSpan['kind']>;
  linked: boolean;
  flagged: boolean;
  /** No party line follows in the cell. */
  last: boolean;
}

export interface HeaderExample {
  text: string;
  marks?: Array<MarkSpan['kind']>;
}

export interface HeaderRule {
  id: string;
  examples: HeaderExample[];
  test(line: LineView): boolean;
}

/** Phrases that introduce the parties below them (lower case, no colon). */
export const SUPPORT_PHRASES: ReadonlySet<string> = new Set([
  'supported by',
  'support',
  'in support',
  'supporting',
  'support from',
  'with support from',
  'with the support of',
  'co-belligerents',
  'co-belligerent',
  'cobelligerents',
  'allies',
  'allied with',
  'logistical support',
  'material support',
  'military support',
  'diplomatic support',
  'political support',
  'financial support',
  'air support',
  'naval support',
  'foreign support',
  'limited support',
  'non-combat support',
]);

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    id: 'colon-ended',
    examples: [{ text: 'Co-belligerents:' }, { text: 'Supported by:' }, { text: 'Naval support:' }],
    test: (line) => line.text.length > 1 && (line.text.endsWith(':') || line.text.endsWith('：')),
  },
  {
    id: 'collapsible-title',
    examples: [{ text: 'Allied units', marks: ['title'] }],
    test: (line) => line.marks.has('title'),
  },
  {
    id: 'support-phrase',
    examples: [{ text: 'Supported by' }, { text: 'Co-belligerents' }, { text: 'Logistical support' }],
    test: (line) => !line.linked && !line.flagged && SUPPORT_PHRASES.has(line.text.toLowerCase()),
  },
  {
    // "Backed by", "Aided by": nothing named ends in a bare "by".
    id: 'by-ended',
    examples: [{ text: 'Backed by' }, { text: 'Financially aided by' }],
    test: (line) => !line.linked && / by$/i.test(line.text),
  },
  {
    // A bold, unlinked, flagless line with parties under it names their group ("'''Allies'''").
    id: 'bold-heading',
    examples: [{ text: 'Central Powers', marks: ['bold'] }],
    test: (line) => line.marks.has('bold') && !line.linked && !line.flagged && !line.last,
  },
];

/**
 * The id of the first header rule that matches the line, or null for a party line.
 * @example matchHeader({ text: 'Supported by:', marks: new Set(), linked: false, flagged: false, last: false }) // 'colon-ended'
 */
export function matchHeader(line: LineView): string | null {
  return HEADER_RULES.find((rule) => rule.test(line))?.id ?? null;
}
