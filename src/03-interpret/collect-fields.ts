// Stage 3 (interpret): an infobox's raw fields → its values by standard parameter name, warning on unknown ones.
import type { CleanValue } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';
import type { RawInfobox } from '../_lib/raw-article.js';
import { resolveAlias } from './_data/field-aliases.js';
import { lookupField, type FieldMeaning } from './_data/field-table.js';
import { joinValues } from './join-values.js';

export interface CollectedField {
  /** The standard parameter name (after aliasing). */
  name: string;
  meaning: FieldMeaning;
  value: CleanValue;
  raw: string;
}

/** Values by standard parameter name. */
export type CollectedFields = ReadonlyMap<string, CollectedField>;

/** Positional parameters (`||image`) and unnamed plain-format lines were already reported by the reader. */
function isUnnamed(name: string): boolean {
  return name === '' || /^\d+$/.test(name);
}

/** The plain format writes keys as prose ("Part of", "Map type"): try them as the template would spell them. */
function lookupLoose(name: string): { name: string; meaning: FieldMeaning } | null {
  const snake = name.trim().replace(/\s+/g, '_');
  for (const candidate of [snake, snake.replace(/_/g, '')]) {
    const meaning = lookupField(candidate);
    if (meaning) return { name: candidate, meaning };
  }
  return null;
}

export interface CollectOptions {
  /** Accept prose spellings of parameter names (the plain format). */
  loose?: boolean;
}

/**
 * Maps every field to its standard parameter. A repeated parameter keeps its last value (as MediaWiki does);
 * aliases of a non-standard infobox that feed one parameter are joined line by line.
 * @example collectFields({ template: 'Infobox', standard: true, fields: [{ name: 'date', raw: '1916', value: plainValue('1916') }] }, ctx).get('date')?.value.text // '1916'
 */
export function collectFields(infobox: RawInfobox | null, ctx: Context, options: CollectOptions = {}): CollectedFields {
  const out = new Map<string, CollectedField>();
  const sourceOf = new Map<string, string>();
  for (const field of infobox?.fields ?? []) {
    if (isUnnamed(field.name)) continue;
    let name = field.name;
    let meaning = lookupField(name);
    const loose = !meaning && options.loose ? lookupLoose(name) : null;
    if (loose) ({ name, meaning } = loose);
    if (!meaning && infobox && !infobox.standard) {
      const alias = resolveAlias(name);
      if (alias !== null) {
        name = alias;
        meaning = lookupField(alias);
      }
    }
    if (!meaning) {
      ctx.warn(
        'unknown-field',
        `"${field.name}" is not a parameter of ${infobox?.template ?? 'the infobox'}; it is kept in infobox.fields only.`,
        field.name,
      );
      continue;
    }
    const previous = out.get(name);
    const joined = previous && sourceOf.get(name) !== field.name;
    out.set(name, {
      name,
      meaning,
      value: joined ? joinValues(previous.value, field.value) : field.value,
      raw: joined ? `${previous.raw}\n${field.raw}` : field.raw,
    });
    sourceOf.set(name, field.name);
  }
  return out;
}

/**
 * The plain text of a collected field, or null when it is absent or blank.
 * @example fieldText(fields, 'result') // 'Malian victory'
 */
export function fieldText(fields: CollectedFields, name: string): string | null {
  const text = fields.get(name)?.value.text.trim();
  return text ? text : null;
}
