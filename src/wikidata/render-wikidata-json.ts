// Wikidata: statements in the Wikibase JSON format (as the API and JSON dumps write them), ready for wbeditentity.
import { calendarItem } from './time-from-date.js';
import type { Snak, SnakValue, WikidataResult, WikidataStatement } from './wikidata-statement.js';

const ENTITY = 'http://www.wikidata.org/entity/';

/** A snak as Wikibase JSON writes it. An item without id is `somevalue` ("some value, not known here"). */
export interface WikibaseSnak {
  snaktype: 'value' | 'somevalue';
  property: string;
  datatype: 'quantity' | 'wikibase-item' | 'time' | 'url' | 'monolingualtext';
  datavalue?: { type: string; value: unknown };
}

export interface WikibaseStatement {
  mainsnak: WikibaseSnak;
  type: 'statement';
  rank: 'normal';
  qualifiers?: Record<string, WikibaseSnak[]>;
  'qualifiers-order'?: string[];
  references?: { snaks: Record<string, WikibaseSnak[]>; 'snaks-order': string[] }[];
}

/** The document `--to wikidata-json` writes for one article. */
export interface WikidataJson {
  title: string;
  /** The subject of every statement; null when no item is known for the page (give it with `--items`). */
  item: string | null;
  /** Statements whose every item is known, by property, as in an entity's `claims`. */
  claims: Record<string, WikibaseStatement[]>;
  /** Statements with an item still unknown: written with `somevalue` there, and the names in `unresolved`. */
  pending: { statement: WikibaseStatement; unresolved: { at: string; label: string }[] }[];
  skipped: { field: string; index: number; text: string; kind: string; reason: string }[];
}

const DATATYPE: Record<SnakValue['type'], WikibaseSnak['datatype']> = {
  item: 'wikibase-item',
  quantity: 'quantity',
  time: 'time',
  url: 'url',
  monolingualtext: 'monolingualtext',
};

function datavalue(value: SnakValue): { type: string; value: unknown } {
  switch (value.type) {
    case 'item':
      return {
        type: 'wikibase-entityid',
        value: { 'entity-type': 'item', id: value.id, 'numeric-id': Number(value.id!.slice(1)) },
      };
    case 'quantity':
      return {
        type: 'quantity',
        value: {
          amount: value.amount,
          unit: '1',
          ...(value.lowerBound !== null && value.upperBound !== null
            ? { upperBound: value.upperBound, lowerBound: value.lowerBound }
            : {}),
        },
      };
    case 'time':
      return {
        type: 'time',
        value: {
          time: value.time,
          timezone: 0,
          before: 0,
          after: 0,
          precision: value.precision,
          calendarmodel: `${ENTITY}${calendarItem(value.calendar)}`,
        },
      };
    case 'url':
      return { type: 'string', value: value.value };
    case 'monolingualtext':
      return { type: 'monolingualtext', value: { text: value.text, language: value.language } };
  }
}

function toSnak(snak: Snak, at: string, unresolved: { at: string; label: string }[]): WikibaseSnak {
  const datatype = DATATYPE[snak.value.type];
  if (snak.value.type === 'item' && snak.value.id === null) {
    unresolved.push({ at, label: snak.value.label });
    return { snaktype: 'somevalue', property: snak.property, datatype };
  }
  return { snaktype: 'value', property: snak.property, datatype, datavalue: datavalue(snak.value) };
}

/** Snaks grouped by property, in the order each property first appears. */
function group(
  snaks: readonly Snak[],
  prefix: string,
  unresolved: { at: string; label: string }[],
): { snaks: Record<string, WikibaseSnak[]>; order: string[] } {
  const out: Record<string, WikibaseSnak[]> = {};
  const order: string[] = [];
  for (const snak of snaks) {
    if (!out[snak.property]) {
      out[snak.property] = [];
      order.push(snak.property);
    }
    const list = out[snak.property]!;
    list.push(toSnak(snak, `${prefix}/${snak.property}/${list.length}`, unresolved));
  }
  return { snaks: out, order };
}

/**
 * One statement in Wikibase JSON, and where it still holds items without id.
 * @example toWikibaseStatement(statement).statement.mainsnak.datavalue // { type: 'quantity', value: { amount: '+3', unit: '1' } }
 */
export function toWikibaseStatement(statement: WikidataStatement): {
  statement: WikibaseStatement;
  unresolved: { at: string; label: string }[];
} {
  const unresolved: { at: string; label: string }[] = [];
  const out: WikibaseStatement = {
    mainsnak: toSnak({ property: statement.property, value: statement.value }, 'mainsnak', unresolved),
    type: 'statement',
    rank: 'normal',
  };
  if (statement.qualifiers.length > 0) {
    const { snaks, order } = group(statement.qualifiers, 'qualifiers', unresolved);
    out.qualifiers = snaks;
    out['qualifiers-order'] = order;
  }
  const blocks = statement.references.filter((b) => b.length > 0);
  if (blocks.length > 0) {
    out.references = blocks.map((block, i) => {
      const { snaks, order } = group(block, `references/${i}/snaks`, unresolved);
      return { snaks, 'snaks-order': order };
    });
  }
  return { statement: out, unresolved };
}

/**
 * The document for a toWikidata result: complete statements under `claims` (Wikibase's own shape), the others
 * under `pending` with what they still need, and the figures left out under `skipped`.
 * @example toWikidataJson(result).claims.P1120?.length // 2
 */
export function toWikidataJson(result: WikidataResult): WikidataJson {
  const claims: Record<string, WikibaseStatement[]> = {};
  const pending: WikidataJson['pending'] = [];
  for (const s of result.statements) {
    const made = toWikibaseStatement(s);
    if (made.unresolved.length > 0) pending.push(made);
    else (claims[s.property] ??= []).push(made.statement);
  }
  const skipped = result.skipped.map((s) => ({
    field: s.field,
    index: s.index,
    text: s.figure.text,
    kind: s.figure.kind,
    reason: s.reason,
  }));
  return { title: result.title, item: result.item.id, claims, pending, skipped };
}

/**
 * toWikidataJson, pretty-printed, ending with a newline.
 * @example renderWikidataJson(result).startsWith('{\n  "title"') // true
 */
export function renderWikidataJson(result: WikidataResult): string {
  return `${JSON.stringify(toWikidataJson(result), null, 2)}\n`;
}
