// Test helper: the golden files fixtures/golden/<slug>.<concern>.json, read, written and joined into a Conflict.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ConflictSchema, type Conflict } from '../../src/model/conflict.js';
import { CONCERNS, joinConcerns, type Concern } from './golden-concerns.js';

export const GOLDEN_DIR = new URL('../../fixtures/golden/', import.meta.url);

type Json = Record<string, unknown>;

export const goldenFile = (slug: string, concern: Concern) => `${slug}.${concern}.json`;

/** Slug and concern of a golden file name, or undefined for a name that is not one. */
export function parseGoldenFile(file: string): { slug: string; concern: Concern } | undefined {
  const match = /^(.+)\.(\w+)\.json$/.exec(file);
  const concern = match?.[2] as Concern | undefined;
  return match && concern && CONCERNS.includes(concern) ? { slug: match[1]!, concern } : undefined;
}

export const listGoldenFiles = () => readdirSync(GOLDEN_DIR).sort();

export const readConcern = (slug: string, concern: Concern) =>
  JSON.parse(readFileSync(new URL(goldenFile(slug, concern), GOLDEN_DIR), 'utf8')) as Json;

// The same layout as before the split (two-space indent, final newline), so regenerated files diff cleanly.
export const writeConcern = (slug: string, concern: Concern, part: Json) =>
  writeFileSync(new URL(goldenFile(slug, concern), GOLDEN_DIR), `${JSON.stringify(part, null, 2)}\n`);

export const readConcerns = (slug: string) =>
  Object.fromEntries(CONCERNS.map((c) => [c, readConcern(slug, c)])) as Record<Concern, Json>;

/** The whole golden Conflict of a fixture, validated. */
export const readGoldenConflict = (slug: string): Conflict => ConflictSchema.parse(joinConcerns(readConcerns(slug)));
