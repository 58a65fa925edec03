// Stage 3 (interpret): RawArticle → the Conflict's fields (dates, coordinates, place, parties, sides …).
import type { Context } from '../_lib/context.js';
import type { InterpretedArticle } from '../_lib/interpreted-article.js';
import type { RawArticle } from '../_lib/raw-article.js';
import type { Conflict, Infobox } from '../model/conflict.js';
import { assembleSides } from './assemble-sides.js';
import { collectFields, fieldText, type CollectedFields } from './collect-fields.js';
import { interpretCoordinates } from './interpret-coordinates.js';
import { interpretDate } from './interpret-date.js';
import { interpretPlace } from './interpret-place.js';

/** The infobox as read: every field, known or not, in source order. */
function toInfobox(raw: RawArticle): Infobox | null {
  if (!raw.infobox) return null;
  return {
    template: raw.infobox.template,
    fields: raw.infobox.fields.map((f) => ({ name: f.name, value: f.value.text, raw: f.raw })),
  };
}

function readCoordinatesOf(
  fields: CollectedFields,
  titleCoordinates: string | null,
  ctx: Context,
): Conflict['coordinates'] {
  const coordinates = fields.get('coordinates');
  return interpretCoordinates(
    {
      coordinates: coordinates ? { text: coordinates.value.text, raw: coordinates.raw } : null,
      latitude: fieldText(fields, 'latitude'),
      longitude: fieldText(fields, 'longitude'),
      others: [fields.get('place')?.raw ?? ''],
      title: titleCoordinates,
    },
    ctx,
  );
}

/**
 * Interprets a read article: known infobox parameters become typed fields and sides, unknown ones stay in
 * `infobox.fields` with an `unknown-field` warning; lead, sections and references pass through. Strength and
 * casualties values stay FigureFields for stage 4.
 * @example interpretArticle(readPlain(text, ctx), ctx).sides[1]?.combatants[0]?.name // 'MNLA'
 */
export function interpretArticle(raw: RawArticle, ctx: Context): InterpretedArticle {
  const fields = collectFields(raw.infobox, ctx, { loose: raw.format === 'plain' });
  const name = fieldText(fields, 'conflict');
  const { sides, otherCasualties, parties } = raw.infobox
    ? assembleSides(fields, { commas: raw.format === 'plain' })
    : { sides: [], otherCasualties: null, parties: [] };
  return {
    title: raw.title || ctx.options.title || name || '',
    format: raw.format,
    infobox: toInfobox(raw),
    name,
    partOf: fieldText(fields, 'partof'),
    date: interpretDate(fieldText(fields, 'date'), ctx),
    place: interpretPlace(fieldText(fields, 'place')),
    coordinates: readCoordinatesOf(fields, raw.titleCoordinates ?? null, ctx),
    result: fieldText(fields, 'result'),
    territory: fieldText(fields, 'territory'),
    status: fieldText(fields, 'status'),
    notes: fieldText(fields, 'notes'),
    sides,
    otherCasualties,
    parties,
    lead: raw.lead,
    sections: raw.sections,
    references: raw.references,
  };
}
