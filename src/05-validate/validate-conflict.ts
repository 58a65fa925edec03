// Stage 5 (validate): the Conflict's fields → a Conflict that fits ConflictSchema, whatever happened before.
import type { Context, ParseOptions } from '../_lib/context.js';
import type { RawArticle } from '../_lib/raw-article.js';
import { ConflictSchema, type Conflict } from '../model/conflict.js';
import { uninterpreted } from './uninterpreted.js';

/** Page, revision and item ids come only from the options (fetch, dump): absent rather than null when not given. */
function idsOf(options: ParseOptions): Pick<Conflict, 'pageId' | 'revisionId' | 'itemId'> {
  return {
    ...(options.pageId !== undefined ? { pageId: options.pageId } : {}),
    ...(options.revisionId !== undefined ? { revisionId: options.revisionId } : {}),
    ...(options.itemId !== undefined ? { itemId: options.itemId } : {}),
  };
}

/**
 * Adds the ids and warnings and validates against ConflictSchema. A Conflict that fails its own schema is a bug: it
 * is reported as an `internal-error` warning and the uninterpreted form is returned instead, so the result is always
 * valid.
 * @example validateConflict(fields, raw, ctx).warnings // ctx.warnings
 */
export function validateConflict(
  fields: Omit<Conflict, 'warnings' | 'pageId' | 'revisionId' | 'itemId'>,
  raw: RawArticle,
  ctx: Context,
): Conflict {
  const ids = idsOf(ctx.options);
  const result = ConflictSchema.safeParse({ ...fields, ...ids, warnings: ctx.warnings });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown';
  const lost = 'only the infobox fields as written, lead, sections and references were kept';
  ctx.warn(
    'internal-error',
    `Internal error in stage "validate" (the result does not fit the schema at ${where}); ${lost}. Please report this input.`,
  );
  const fallback = ConflictSchema.safeParse({ ...uninterpreted(raw, ctx), ...ids, warnings: ctx.warnings });
  if (fallback.success) return fallback.data;
  // Even the read article does not fit: keep only what cannot fail, so the contract (a valid Conflict) holds.
  ctx.warn(
    'internal-error',
    'Internal error in stage "validate" (the read article does not fit the schema); only the title and warnings were kept. Please report this input.',
  );
  return ConflictSchema.parse({
    ...uninterpreted({ ...raw, lead: [], sections: [], references: [] }, ctx),
    infobox: null,
    ...ids,
    warnings: ctx.warnings,
  });
}
