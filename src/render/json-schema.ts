// Render: the JSON Schema (draft 2020-12) of the Conflict model, generated from the zod schema.
import { z } from 'zod';
import { ConflictSchema } from '../model/conflict.js';
import { VERSION } from '../version.js';

/**
 * The JSON Schema of a Conflict, as shipped in `wikiconflict/schema.json` and printed by `wikiconflict schema`.
 * Descriptions come from the model's `.meta()`; the recursive Section is a `$defs` entry.
 * @example buildJsonSchema().$schema // 'https://json-schema.org/draft/2020-12/schema'
 */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConflictSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: 'Conflict', $comment: `wikiconflict ${VERSION}`, ...rest };
}
