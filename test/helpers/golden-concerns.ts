// Test helper: a Conflict cut into concerns and joined back. Each concern is its own golden file, so a change to the
// figures rewrites only figures files and a change to prose only prose files, and the diff shows where it lands.
import { ConflictSchema, SideSchema } from '../../src/model/conflict.js';
import type { Conflict, Side } from '../../src/model/conflict.js';

type Json = Record<string, unknown>;

/** The Conflict keys each concern holds. `sides` is in two: each side is cut in two by SIDE_KEYS. */
export const CONCERN_KEYS = {
  // What the infobox says, interpreted: the header fields and who fought under whom.
  infobox: ['name', 'partOf', 'date', 'place', 'coordinates', 'result', 'territory', 'status', 'notes', 'sides'],
  // Every count: each side's strengths and casualties, and the full-width casualties row.
  figures: ['sides', 'otherCasualties'],
  // The article body.
  prose: ['lead', 'sections', 'references'],
  // The page as read: its identity and format, the infobox's raw fields, and the warnings.
  source: ['title', 'pageId', 'revisionId', 'itemId', 'format', 'infobox', 'warnings'],
} as const satisfies Record<string, readonly (keyof Conflict)[]>;

export type Concern = keyof typeof CONCERN_KEYS;
export const CONCERNS = Object.keys(CONCERN_KEYS) as Concern[];

/** The Side keys in each concern that holds `sides`; `index` is in both, so each half names its column. */
export const SIDE_KEYS = {
  infobox: ['index', 'combatants', 'commanders', 'units'],
  figures: ['index', 'strength', 'polStrength', 'milStrength', 'casualties'],
} as const satisfies Partial<Record<Concern, readonly (keyof Side)[]>>;

const sideKeys = (concern: Concern): readonly string[] | undefined =>
  (SIDE_KEYS as Partial<Record<Concern, readonly string[]>>)[concern];

// Absent optional fields (pageId, …) stay absent, as JSON.stringify leaves them out.
function pick(from: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

/** The concerns of a Conflict, as plain JSON. A key no concern names is in none of them (the join check sees it). */
export function splitConflict(conflict: Conflict): Record<Concern, Json> {
  const json = JSON.parse(JSON.stringify(conflict)) as Json;
  const parts = {} as Record<Concern, Json>;
  for (const concern of CONCERNS) {
    const part = pick(json, CONCERN_KEYS[concern]);
    const keys = sideKeys(concern);
    if (keys) part.sides = (json.sides as Json[]).map((side) => pick(side, keys));
    parts[concern] = part;
  }
  return parts;
}

/**
 * The Conflict the concerns make together, keys in the schema's order (the parser's), so that it stringifies
 * exactly as the whole Conflict did. Throws on a key a concern does not hold or on sides that do not pair up, which
 * a merge would otherwise hide.
 */
export function joinConcerns(parts: Record<Concern, Json>): Json {
  const merged: Json = {};
  const halves: Json[][] = [];
  for (const concern of CONCERNS) {
    const part = parts[concern];
    const own: readonly string[] = CONCERN_KEYS[concern];
    const stray = Object.keys(part).filter((key) => !own.includes(key));
    if (stray.length > 0) throw new Error(`${concern}: keys it does not hold: ${stray.join(', ')}`);
    for (const [key, value] of Object.entries(part)) if (key !== 'sides') merged[key] = value;
    const keys = sideKeys(concern);
    if (!keys) continue;
    const sides = (part.sides ?? []) as Json[];
    const straySide = sides.flatMap((side) => Object.keys(side)).filter((key) => !keys.includes(key));
    if (straySide.length > 0)
      throw new Error(`${concern}: side keys it does not hold: ${[...new Set(straySide)].join(', ')}`);
    halves.push(sides);
  }
  const [first = [], ...rest] = halves;
  for (const other of rest) {
    if (other.map((s) => s.index).join() !== first.map((s) => s.index).join())
      throw new Error('sides: the concerns list different side indexes');
  }
  const sideOrder = Object.keys(SideSchema.shape);
  merged.sides = first.map((side, i) =>
    ordered(Object.assign({}, side, ...rest.map((other) => other[i])) as Json, sideOrder),
  );
  return ordered(merged, Object.keys(ConflictSchema.shape));
}

function ordered(json: Json, order: readonly string[]): Json {
  return Object.fromEntries(order.filter((key) => json[key] !== undefined).map((key) => [key, json[key]]));
}
