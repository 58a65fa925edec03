// Stage 3 (interpret) data: parameters of conflict-like infoboxes (military operation, civil conflict, attack …) that
// mean a standard parameter. Used only for a non-standard infobox; `$1` stands for the captured number.

export interface FieldAlias {
  id: string;
  pattern: RegExp;
  /** The standard parameter it feeds. Several aliases may feed one (their values are joined by lines). */
  to: string;
  examples: Array<[alias: string, standard: string]>;
}

export const FIELD_ALIASES: readonly FieldAlias[] = [
  {
    id: 'name',
    pattern: /^(?:name|title)$/,
    to: 'conflict',
    examples: [
      ['name', 'conflict'],
      ['title', 'conflict'],
    ],
  },
  { id: 'location', pattern: /^location$/, to: 'place', examples: [['location', 'place']] },
  { id: 'outcome', pattern: /^outcome$/, to: 'result', examples: [['outcome', 'result']] },
  { id: 'executed-by', pattern: /^executed_by$/, to: 'combatant1', examples: [['executed_by', 'combatant1']] },
  { id: 'target', pattern: /^target$/, to: 'combatant2', examples: [['target', 'combatant2']] },
  {
    id: 'perpetrator',
    pattern: /^perpetrators?$/,
    to: 'combatant1',
    examples: [
      ['perpetrator', 'combatant1'],
      ['perpetrators', 'combatant1'],
    ],
  },
  { id: 'commanded-by', pattern: /^commanded_by$/, to: 'commander1', examples: [['commanded_by', 'commander1']] },
  // An operation's losses are not split by side: they read like the full-width casualties3 row.
  {
    id: 'total-losses',
    pattern: /^(?:casualties|fatalities|injuries|deaths|arrests|detentions)$/,
    to: 'casualties3',
    examples: [
      ['casualties', 'casualties3'],
      ['fatalities', 'casualties3'],
      ['injuries', 'casualties3'],
    ],
  },
  {
    id: 'civil-side',
    pattern: /^side([1-5])$/,
    to: 'combatant$1',
    examples: [
      ['side1', 'combatant1'],
      ['side2', 'combatant2'],
    ],
  },
  {
    id: 'civil-lead-figures',
    pattern: /^leadfigures([1-5])$/,
    to: 'commander$1',
    examples: [['leadfigures1', 'commander1']],
  },
  { id: 'civil-how-many', pattern: /^howmany([1-5])$/, to: 'strength$1', examples: [['howmany2', 'strength2']] },
];

/**
 * The standard parameter an alias feeds, or null.
 * @example resolveAlias('executed_by') // 'combatant1'
 */
export function resolveAlias(name: string): string | null {
  for (const alias of FIELD_ALIASES) {
    const m = alias.pattern.exec(name);
    if (m) return alias.to.replace('$1', m[1] ?? '');
  }
  return null;
}
