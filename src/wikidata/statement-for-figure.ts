// Wikidata: one figure → one statement (quantity, qualifiers, reference), or the reason it has no faithful form.
import { readDate } from '../03-interpret/interpret-date.js';
import type { Conflict, DateRange, Side } from '../model/conflict.js';
import type { Figure } from '../model/figure.js';
import type { Party } from '../model/party.js';
import { ITEM, KIND_PROPERTY, KIND_WITHOUT_PROPERTY, PROPERTY } from './_data/wikidata-ids.js';
import { buildReference, type ArticleSource } from './build-reference.js';
import { readSubject } from './figure-subject.js';
import { quantityFromFigure } from './quantity-from-figure.js';
import { lookupItem, normalizeKey, type ItemsMap } from './read-items-map.js';
import { timeFromDate } from './time-from-date.js';
import type { FigureOrigin, ItemValue, Snak, WikidataStatement } from './wikidata-statement.js';

export interface StatementContext {
  conflict: Conflict;
  items: ItemsMap;
  source: ArticleSource;
  /** The qualifier that ties a figure to its side (default P710 participant). */
  sideProperty: string;
}

/** Where a figure stands: its side (null for the full-width otherCasualties row) and field. */
export interface FigurePlace {
  side: Side | null;
  field: string;
  /** Political strength is not a count of people in the fight. */
  political: boolean;
}

export type StatementOrReason = { ok: true; statement: WikidataStatement } | { ok: false; reason: string };

const same = (a: string | null, b: string): boolean => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The party a name means: a combatant of the side first, then of any side, else the name alone. */
function findParty(name: string, side: Side | null, conflict: Conflict): Pick<Party, 'name' | 'link' | 'flag'> {
  const sides = side ? [side, ...conflict.sides.filter((s) => s !== side)] : conflict.sides;
  for (const s of sides) {
    const party = s.combatants.find((p) => same(p.name, name) || same(p.flag, name) || same(p.link, name));
    if (party) return party;
  }
  return { name, link: null, flag: null };
}

function itemFor(party: Pick<Party, 'name' | 'link' | 'flag'>, items: ItemsMap): ItemValue {
  return { type: 'item', id: lookupItem(items, [party.link, party.name, party.flag]), label: party.name };
}

/** The parties a figure concerns: its own party, else the side's combatants (those under a header such as "Supported by" only when there are no others). */
function partiesOf(figure: Figure, place: FigurePlace, conflict: Conflict): Pick<Party, 'name' | 'link' | 'flag'>[] {
  if (figure.party !== null) return [findParty(figure.party, place.side, conflict)];
  if (place.side === null) return [];
  const main = place.side.combatants.filter((p) => p.group === null);
  const chosen = main.length > 0 ? main : place.side.combatants;
  // A side may list one country twice (under "Ground Forces" and "Naval Support"): one qualifier each.
  const seen = new Set<string>();
  return chosen.filter((p) => {
    const key = normalizeKey(p.link ?? p.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The dates a figure is for: its own period when it has one, else the conflict's; an unreadable period is an error. */
function datesOf(
  figure: Figure,
  date: DateRange | null,
): { start: string | null; end: string | null } | { error: string } {
  if (figure.period !== null) {
    const reading = readDate(figure.period);
    if (!reading || reading.start === null)
      return { error: `its period "${figure.period}" could not be read as dates` };
    return { start: reading.start, end: reading.end };
  }
  return { start: date?.start ?? null, end: date?.end ?? null };
}

function timeSnaks(dates: { start: string | null; end: string | null }): Snak[] {
  const out: Snak[] = [];
  const start = dates.start === null ? null : timeFromDate(dates.start);
  const end = dates.end === null ? null : timeFromDate(dates.end);
  if (start) out.push({ property: PROPERTY.startTime, value: start });
  if (end) out.push({ property: PROPERTY.endTime, value: end });
  return out;
}

/**
 * The statement for one figure, or why there is none. Qualifiers, in order: the side (`sideProperty`, one per
 * party the figure concerns), the subject (`applies to part`, P518), who claims it (`statement supported by`,
 * P3680), `sourcing circumstances` = circa (P1480) for an approximate figure, and `start time`/`end time`
 * (P580/P582) from the figure's period or else the conflict's dates. An item the map does not know stays a
 * labelled placeholder (`id: null`); the renderers mark it.
 * @example statementForFigure(figure, { field: 'casualties2', index: 0 }, place, ctx) // { ok: true, statement: { property: 'P1120', … } }
 */
export function statementForFigure(
  figure: Figure,
  origin: Omit<FigureOrigin, 'figure'>,
  place: FigurePlace,
  ctx: StatementContext,
): StatementOrReason {
  const kind = figure.kind;
  const property = KIND_PROPERTY[kind];
  if (property === undefined)
    return { ok: false, reason: KIND_WITHOUT_PROPERTY[kind as keyof typeof KIND_WITHOUT_PROPERTY] };
  if (place.political)
    return {
      ok: false,
      reason: 'political strength counts supporters, not participants, and has no Wikidata property',
    };
  const quantity = quantityFromFigure(figure);
  if (!quantity.ok) return quantity;
  if (figure.phase !== null)
    return {
      ok: false,
      reason: `it is for a stage of the conflict ("${figure.phase}"), which no qualifier here can say`,
    };
  const subject = readSubject(figure.subject);
  if (subject === 'equipment')
    return { ok: false, reason: `it counts equipment ("${figure.subject}"), which no Wikidata property counts` };
  const dates = datesOf(figure, ctx.conflict.date);
  if ('error' in dates) return { ok: false, reason: dates.error };
  const parties = partiesOf(figure, place, ctx.conflict);
  if (place.side !== null && parties.length === 0)
    return { ok: false, reason: `side ${place.side.index} names no combatant to tie the figure to` };

  const qualifiers: Snak[] = parties.map((p) => ({ property: ctx.sideProperty, value: itemFor(p, ctx.items) }));
  if (subject === 'part' && figure.subject !== null) {
    qualifiers.push({
      property: PROPERTY.appliesToPart,
      value: { type: 'item', id: lookupItem(ctx.items, [figure.subject]), label: figure.subject },
    });
  }
  if (figure.source !== null) {
    const claimant = findParty(figure.source, null, ctx.conflict);
    qualifiers.push({
      property: PROPERTY.statementSupportedBy,
      value: {
        type: 'item',
        id: lookupItem(ctx.items, [claimant.link, figure.source, claimant.flag]),
        label: figure.source,
      },
    });
  }
  if (figure.approximate)
    qualifiers.push({
      property: PROPERTY.sourcingCircumstances,
      value: { type: 'item', id: ITEM.circa, label: 'circa' },
    });
  qualifiers.push(...timeSnaks(dates));

  const references = [buildReference(figure, ctx.conflict.references, ctx.source, ctx.items)];
  return {
    ok: true,
    statement: { property, value: quantity.quantity, qualifiers, references, origin: { ...origin, figure } },
  };
}
