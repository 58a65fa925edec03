// Tests for stage 3 (interpret), data: the infobox field table and the aliases of non-standard infoboxes.
import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES, resolveAlias } from '../../src/03-interpret/_data/field-aliases.js';
import { FIELD_TABLE, lookupField } from '../../src/03-interpret/_data/field-table.js';

/** Every parameter of Template:Infobox military conflict (its documented parameter list). */
const TEMPLATE_PARAMS = [
  'conflict',
  'width',
  'partof',
  'image',
  'image_size',
  'image_upright',
  'alt',
  'caption',
  'date',
  'place',
  'coordinates',
  'map_type',
  'map_relief',
  'latitude',
  'longitude',
  'map_size',
  'map_marksize',
  'map_caption',
  'map_label',
  'territory',
  'action',
  'result',
  'status',
  'combatants_header',
  'units_header',
  'strengths_header',
  'polstrengths_header',
  'milstrengths_header',
  'casualties_header',
  'notes',
  'campaignbox',
  ...[1, 2, 3, 4, 5].flatMap((n) => [`combatant${n}`, `commander${n}`, `units${n}`, `strength${n}`, `casualties${n}`]),
  ...[1, 2, 3].flatMap((n) => ['a', 'b', 'c', 'd'].flatMap((r) => [`combatant${n}${r}`, `commander${n}${r}`])),
  ...[1, 2, 3].flatMap((n) => [`polstrength${n}`, `milstrength${n}`]),
];

describe('field table', () => {
  it('has unique ids and examples', () => {
    const ids = FIELD_TABLE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of FIELD_TABLE) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  for (const rule of FIELD_TABLE) {
    it.each(rule.examples.map((e) => [e]))(`${rule.id}: %s`, (name) => {
      expect(lookupField(name)?.role).toBe(rule.role);
    });
  }

  it.each(TEMPLATE_PARAMS.map((p) => [p]))('understands %s', (name) => {
    expect(lookupField(name)).not.toBeNull();
  });

  it.each([
    ['combatant2a', { role: 'combatant', side: 2, row: 'a' }],
    ['commander3d', { role: 'commander', side: 3, row: 'd' }],
    ['casualties3', { role: 'casualties', side: 3, row: '' }],
    ['date', { role: 'date', side: null, row: '' }],
  ])('%s', (name, meaning) => {
    expect(lookupField(name)).toEqual(meaning);
  });

  it.each([['casus'], ['campaign'], ['combatant6'], ['combatant1e'], ['polstrength4'], ['units1a'], ['location']])(
    'does not know %s',
    (name) => {
      expect(lookupField(name)).toBeNull();
    },
  );
});

describe('field aliases', () => {
  it('have unique ids and point at known parameters', () => {
    const ids = FIELD_ALIASES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const alias of FIELD_ALIASES) {
    it.each(alias.examples)(`${alias.id}: %s`, (name, standard) => {
      expect(resolveAlias(name)).toBe(standard);
      expect(lookupField(standard)).not.toBeNull();
    });
  }
});
