// Wikidata: a Conflict's casualty and strength figures → statements about its item, and the figures left out.
import { InputError } from '../_lib/errors.js';
import type { Conflict, Side } from '../model/conflict.js';
import type { Figures } from '../model/figure.js';
import { PROPERTY } from './_data/wikidata-ids.js';
import { lookupItem, normalizeKey, type ItemsMap } from './read-items-map.js';
import { statementForFigure, type FigurePlace, type StatementContext } from './statement-for-figure.js';
import type { ItemValue, SkippedFigure, WikidataResult, WikidataStatement } from './wikidata-statement.js';

export interface ToWikidataOptions {
  /** Title or name → item id (`readItemsMap` reads one from a TSV file): the conflict's item when `conflict.itemId` is unset, its parties, sources, subjects and cited works. */
  items?: ItemsMap | ReadonlyMap<string, string>;
  /** The Wikipedia language the article comes from (default `en`): the edition item of P143 and the import URL. */
  lang?: string;
  /** Base URL of that wiki (default `https://<lang>.wikipedia.org`). */
  wikiUrl?: string;
  /** The qualifier that ties a figure to its side (default `P710`, participant; see docs/wikidata.md). */
  sideProperty?: string;
}

function checkOptions(options: ToWikidataOptions): {
  items: ItemsMap;
  lang: string;
  wikiUrl: string;
  sideProperty: string;
} {
  const lang = options.lang ?? 'en';
  if (!/^[a-z][a-z0-9-]*$/.test(lang))
    throw new InputError(
      'invalid-option',
      `options.lang must be a language code like en, got ${JSON.stringify(lang)}.`,
    );
  const wikiUrl = (options.wikiUrl ?? `https://${lang}.wikipedia.org`).replace(/\/+$/, '');
  if (!URL.canParse(wikiUrl))
    throw new InputError('invalid-option', `options.wikiUrl must be a URL, got ${JSON.stringify(wikiUrl)}.`);
  const sideProperty = options.sideProperty ?? PROPERTY.participant;
  if (!/^P[1-9]\d*$/.test(sideProperty))
    throw new InputError(
      'invalid-option',
      `options.sideProperty must be a property id like P710, got ${JSON.stringify(sideProperty)}.`,
    );
  const items: Record<string, string> = Object.create(null) as Record<string, string>;
  const entries = options.items instanceof Map ? [...options.items.entries()] : Object.entries(options.items ?? {});
  for (const [key, id] of entries) {
    if (typeof id !== 'string' || !/^Q[1-9]\d*$/.test(id))
      throw new InputError(
        'invalid-option',
        `options.items[${JSON.stringify(key)}] must be an item id like Q42, got ${JSON.stringify(id)}.`,
      );
    items[normalizeKey(key)] = id;
  }
  return { items, lang, wikiUrl, sideProperty };
}

/** Every figure field of the Conflict, in infobox order, with where it stands. */
function figureFields(conflict: Conflict): { figures: Figures; place: FigurePlace }[] {
  const out: { figures: Figures; place: FigurePlace }[] = [];
  const add = (figures: Figures | null | undefined, side: Side | null, field: string, political = false): void => {
    if (figures) out.push({ figures, place: { side, field, political } });
  };
  for (const side of conflict.sides) add(side.strength, side, `strength${side.index}`);
  for (const side of conflict.sides) add(side.milStrength, side, `milstrength${side.index}`);
  for (const side of conflict.sides) add(side.polStrength, side, `polstrength${side.index}`, true);
  for (const side of conflict.sides) add(side.casualties, side, `casualties${side.index}`);
  add(conflict.otherCasualties, null, 'otherCasualties');
  return out;
}

/** Two statements that would say the same thing: same property, value, qualifiers and reference. */
function statementKey(s: WikidataStatement): string {
  return JSON.stringify([s.property, s.value, s.qualifiers, s.references]);
}

/**
 * Turns a Conflict's figures into Wikidata statements about the conflict's item: number of deaths (P1120),
 * injured (P1339), missing (P1446), casualties (P1590) and participants (P1132, for strength), each with its
 * side, who claims it, its dates and a reference to the article revision. Figures without a faithful form (open
 * bounds, kinds without a property, equipment, stages) are listed in `skipped` with the reason. Two claims of the
 * same kind for the same side stay two statements; only a statement identical in every part is written once.
 * Throws an InputError `invalid-option` for a malformed option.
 * @example
 * const { statements, skipped } = toWikidata(parseConflict(seed), { items: { 'Amazragane skirmish': 'Q123', Mali: 'Q912' } });
 * statements[0]?.property; // 'P1339'
 */
export function toWikidata(conflict: Conflict, options: ToWikidataOptions = {}): WikidataResult {
  const { items, lang, wikiUrl, sideProperty } = checkOptions(options);
  const item: ItemValue = {
    type: 'item',
    id: conflict.itemId ?? lookupItem(items, [conflict.title, conflict.name]),
    label: conflict.title,
  };
  const ctx: StatementContext = {
    conflict,
    items,
    sideProperty,
    source: { lang, wikiUrl, title: conflict.title, revisionId: conflict.revisionId },
  };
  const statements: WikidataStatement[] = [];
  const skipped: SkippedFigure[] = [];
  const seen = new Map<string, WikidataStatement>();
  for (const { figures, place } of figureFields(conflict)) {
    for (const [index, figure] of figures.figures.entries()) {
      const origin = { field: place.field, index };
      const made = statementForFigure(figure, origin, place, ctx);
      if (!made.ok) {
        skipped.push({ ...origin, figure, reason: made.reason });
        continue;
      }
      const key = statementKey(made.statement);
      const earlier = seen.get(key);
      if (earlier) {
        skipped.push({
          ...origin,
          figure,
          reason: `the same statement as ${earlier.origin.field} figure ${earlier.origin.index + 1} ("${earlier.origin.figure.text}")`,
        });
        continue;
      }
      seen.set(key, made.statement);
      statements.push(made.statement);
    }
  }
  return { title: conflict.title, item, statements, skipped };
}
