// Stage 5 (validate): the fallback when interpretation or validation fails — the read article as it is.
import type { Context } from '../_lib/context.js';
import type { RawArticle } from '../_lib/raw-article.js';
import type { Conflict } from '../model/conflict.js';

/**
 * The Conflict's fields when interpretation failed: the read article as it is, nothing interpreted.
 * @example uninterpreted(raw, ctx).sides // []
 */
export function uninterpreted(raw: RawArticle, ctx: Context): Omit<Conflict, 'warnings'> {
  return {
    title: raw.title || ctx.options.title || '',
    format: raw.format,
    infobox: raw.infobox
      ? {
          template: raw.infobox.template,
          fields: raw.infobox.fields.map((f) => ({ name: f.name, value: f.value.text, raw: f.raw })),
        }
      : null,
    name: null,
    partOf: null,
    date: null,
    place: null,
    coordinates: null,
    result: null,
    territory: null,
    status: null,
    notes: null,
    sides: [],
    otherCasualties: null,
    lead: raw.lead,
    sections: raw.sections,
    references: raw.references,
  };
}
