// Stage 4 (interpret): RawArticle → the Conflict's fields. STUB.
import type { Context } from '../_lib/context.js';
import type { RawArticle } from '../_lib/raw-article.js';
import type { Conflict } from '../model/conflict.js';

export function interpretArticle(raw: RawArticle, _ctx: Context): Omit<Conflict, 'warnings'> {
  const field = (name: string): string | null => raw.infobox?.fields.find((f) => f.name === name)?.value.text ?? null;
  return {
    title: raw.title ?? field('conflict') ?? '',
    format: raw.format,
    infobox: raw.infobox && { template: raw.infobox.template, fields: raw.infobox.fields.map((f) => ({ name: f.name, value: f.value.text, raw: f.raw })) },
    name: field('conflict'),
    partOf: field('partof'),
    date: null,
    place: null,
    coordinates: null,
    result: field('result'),
    territory: field('territory'),
    status: field('status'),
    notes: field('notes'),
    sides: [],
    otherCasualties: null,
    lead: raw.lead,
    sections: raw.sections,
    references: raw.references,
  };
}
