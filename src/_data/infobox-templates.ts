// Shared data: the template names that open a conflict infobox (standard) or a conflict-like one (other).
// The dump's pre-filter (dump/conflict-infobox.ts) takes its names from CONFLICT_INFOBOXES too.

// Names are matched after normalisation (Template: prefix dropped, '_' → ' ', spaces collapsed, case folded),
// so "Infobox Battle" and "infobox_battle" are the same entry; redirects are entries of their own.
export interface InfoboxTemplateEntry {
  /** kebab-case id, unique across both tables. */
  id: string;
  /** The template page name (without "Template:"). */
  name: string;
  /** Wikitext calls that must be recognised as this infobox (by the reader; for CONFLICT_INFOBOXES, by the dump's pre-filter too). */
  examples: string[];
}

/** {{Infobox military conflict}} and its redirects on the English Wikipedia: read with `standard: true`. */
export const CONFLICT_INFOBOXES: readonly InfoboxTemplateEntry[] = [
  {
    id: 'infobox-military-conflict',
    name: 'Infobox military conflict',
    examples: [
      '{{Infobox military conflict|conflict=X}}',
      '{{infobox military conflict|conflict=X}}',
      '{{Infobox Military Conflict|conflict=X}}',
      '{{Template:Infobox_military_conflict|conflict=X}}',
      '{{ Infobox  military conflict <!-- c -->\n| conflict = X\n}}',
      '{{Infobox military conflict\n| conflict = X\n}}',
      '{{ Template:infobox_military_conflict|conflict=X}}',
    ],
  },
  {
    id: 'infobox-battle',
    name: 'Infobox battle',
    examples: [
      '{{Infobox battle|conflict=X}}',
      '{{Infobox Battle|conflict=X}}',
      '{{infobox_battle|conflict=X}}',
      '{{Infobox Battle\n|conflict=X}}',
    ],
  },
  {
    id: 'infobox-war',
    name: 'Infobox war',
    examples: [
      '{{Infobox war|conflict=X}}',
      '{{Infobox War|conflict=X}}',
      '{{template:infobox war|conflict=X}}',
      '{{Template : Infobox war|conflict=X}}',
      '{{infobox war <!-- redirect -->\n|conflict=X}}',
    ],
  },
  { id: 'warbox', name: 'Warbox', examples: ['{{Warbox|conflict=X}}', '{{warbox|conflict=X}}'] },
  {
    id: 'infobox-conflict',
    name: 'Infobox conflict',
    examples: ['{{Infobox conflict|conflict=X}}', '{{Infobox Conflict|conflict=X}}', '{{Infobox_conflict|conflict=X}}'],
  },
];

/** Conflict-like infoboxes that share some parameters: read with `standard: false` and an `other-infobox` warning. */
export const CONFLICT_LIKE_INFOBOXES: readonly InfoboxTemplateEntry[] = [
  {
    id: 'infobox-military-operation',
    name: 'Infobox military operation',
    examples: ['{{Infobox military operation|name=Operation X}}', '{{Infobox Military Operation|name=X}}'],
  },
  {
    id: 'infobox-operational-plan',
    name: 'Infobox operational plan',
    examples: ['{{Infobox operational plan|name=X}}'],
  },
  { id: 'infobox-civil-conflict', name: 'Infobox civil conflict', examples: ['{{Infobox civil conflict|title=X}}'] },
  { id: 'infobox-protest', name: 'Infobox protest', examples: ['{{Infobox protest|title=X}}'] },
  { id: 'infobox-riot', name: 'Infobox riot', examples: ['{{Infobox riot|title=X}}'] },
  { id: 'infobox-revolution', name: 'Infobox revolution', examples: ['{{Infobox revolution|title=X}}'] },
  { id: 'infobox-civilian-attack', name: 'Infobox civilian attack', examples: ['{{Infobox civilian attack|title=X}}'] },
  {
    id: 'infobox-terrorist-attack',
    name: 'Infobox terrorist attack',
    examples: ['{{Infobox terrorist attack|title=X}}'],
  },
];
