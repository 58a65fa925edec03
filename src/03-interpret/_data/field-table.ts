// Stage 3 (interpret) data: every parameter of Template:Infobox military conflict and what it becomes.
// Indexed parameters capture their side (1–5) and, for combatant/commander, the extra row (a–d).

/** What a parameter feeds. `layout` and `header` parameters only shape the rendered box: they interpret to nothing. */
export type FieldRole =
  | 'name'
  | 'partOf'
  | 'date'
  | 'place'
  | 'coordinates'
  | 'latitude'
  | 'longitude'
  | 'territory'
  | 'action'
  | 'result'
  | 'status'
  | 'notes'
  | 'campaignbox'
  | 'combatant'
  | 'commander'
  | 'units'
  | 'strength'
  | 'polStrength'
  | 'milStrength'
  | 'casualties'
  | 'header'
  | 'layout';

export interface FieldRule {
  id: string;
  role: FieldRole;
  /** Anchored; group 1 is the side number and group 2 the row letter, where the parameter has them. */
  pattern: RegExp;
  examples: string[];
}

export const FIELD_TABLE: readonly FieldRule[] = [
  { id: 'conflict', role: 'name', pattern: /^conflict$/, examples: ['conflict'] },
  { id: 'partof', role: 'partOf', pattern: /^partof$/, examples: ['partof'] },
  { id: 'date', role: 'date', pattern: /^date$/, examples: ['date'] },
  { id: 'place', role: 'place', pattern: /^place$/, examples: ['place'] },
  { id: 'coordinates', role: 'coordinates', pattern: /^coordinates$/, examples: ['coordinates'] },
  // Deprecated map position; still a location when `coordinates` is missing.
  { id: 'latitude', role: 'latitude', pattern: /^latitude$/, examples: ['latitude'] },
  { id: 'longitude', role: 'longitude', pattern: /^longitude$/, examples: ['longitude'] },
  { id: 'territory', role: 'territory', pattern: /^territory$/, examples: ['territory'] },
  { id: 'action', role: 'action', pattern: /^action$/, examples: ['action'] },
  { id: 'result', role: 'result', pattern: /^result$/, examples: ['result'] },
  { id: 'status', role: 'status', pattern: /^status$/, examples: ['status'] },
  { id: 'notes', role: 'notes', pattern: /^notes$/, examples: ['notes'] },
  { id: 'campaignbox', role: 'campaignbox', pattern: /^campaignbox$/, examples: ['campaignbox'] },
  {
    id: 'combatant',
    role: 'combatant',
    pattern: /^combatant([1-5])([a-d]?)$/,
    examples: ['combatant1', 'combatant2', 'combatant5', 'combatant1a', 'combatant3d'],
  },
  {
    id: 'commander',
    role: 'commander',
    pattern: /^commander([1-5])([a-d]?)$/,
    examples: ['commander1', 'commander4', 'commander2b'],
  },
  { id: 'units', role: 'units', pattern: /^units([1-5])$/, examples: ['units1', 'units5'] },
  { id: 'strength', role: 'strength', pattern: /^strength([1-5])$/, examples: ['strength1', 'strength3'] },
  {
    id: 'polstrength',
    role: 'polStrength',
    pattern: /^polstrength([1-3])$/,
    examples: ['polstrength1', 'polstrength3'],
  },
  {
    id: 'milstrength',
    role: 'milStrength',
    pattern: /^milstrength([1-3])$/,
    examples: ['milstrength1', 'milstrength2'],
  },
  {
    id: 'casualties',
    role: 'casualties',
    pattern: /^casualties([1-5])$/,
    examples: ['casualties1', 'casualties3', 'casualties5'],
  },
  {
    id: 'section-header',
    role: 'header',
    pattern: /^(?:combatants|units|strengths|polstrengths|milstrengths|casualties)_header$/,
    examples: [
      'combatants_header',
      'units_header',
      'strengths_header',
      'polstrengths_header',
      'milstrengths_header',
      'casualties_header',
    ],
  },
  {
    id: 'layout',
    role: 'layout',
    pattern:
      /^(?:width|image|image_size|image_upright|alt|caption|map_type|map_relief|map_size|map_marksize|map_caption|map_label)$/,
    examples: [
      'width',
      'image',
      'image_size',
      'image_upright',
      'alt',
      'caption',
      'map_type',
      'map_relief',
      'map_size',
      'map_marksize',
      'map_caption',
      'map_label',
    ],
  },
];

export interface FieldMeaning {
  role: FieldRole;
  /** 1–5 for indexed parameters, else null. */
  side: number | null;
  /** '' for the first row, 'a'–'d' for extra rows. */
  row: string;
}

/**
 * What a (lower-cased) parameter name means, or null for a parameter the template does not know.
 * @example lookupField('combatant2a') // { role: 'combatant', side: 2, row: 'a' }
 */
export function lookupField(name: string): FieldMeaning | null {
  for (const rule of FIELD_TABLE) {
    const m = rule.pattern.exec(name);
    if (m) return { role: rule.role, side: m[1] === undefined ? null : Number(m[1]), row: m[2] ?? '' };
  }
  return null;
}
