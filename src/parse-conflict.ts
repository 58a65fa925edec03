// The pipeline: detect format → read (wikitext | plain) → clean values → interpret fields → split figures → validate.
import { detectFormat } from './01-detect/detect-format.js';
import { readPlain } from './02-read/plain/read-plain.js';
import { readWikitext } from './02-read/wikitext/read-wikitext.js';
import { interpretArticle } from './04-interpret/interpret-article.js';
import { createContext, type ParseOptions } from './_lib/context.js';
import { InputError } from './_lib/errors.js';
import { ConflictSchema, type Conflict } from './model/conflict.js';

/**
 * Parses a conflict article (wikitext or the plain format, detected automatically) into a validated Conflict.
 * Problems in the input become `warnings`; only unusable input (not a string) throws an `InputError`.
 * @example
 * const conflict = parseConflict(fs.readFileSync('battle.wiki', 'utf8'), { title: 'Battle of X' });
 * conflict.sides[0]?.casualties?.figures[0]?.kind; // 'killed'
 */
export function parseConflict(text: string, options: ParseOptions = {}): Conflict {
  if (typeof text !== 'string') throw new InputError('not-a-string', `parseConflict expects a string, got ${typeof text}.`);
  const ctx = createContext(options);
  const format = options.format ?? detectFormat(text);
  const raw = format === 'plain' ? readPlain(text, ctx) : readWikitext(text, ctx);
  const fields = interpretArticle(raw, ctx);
  // Page and revision ids only come from outside the text (fetch, dump); absent rather than null when unknown.
  const ids = {
    ...(options.pageId !== undefined ? { pageId: options.pageId } : {}),
    ...(options.revisionId !== undefined ? { revisionId: options.revisionId } : {}),
  };
  return ConflictSchema.parse({ ...fields, ...ids, warnings: ctx.warnings });
}
