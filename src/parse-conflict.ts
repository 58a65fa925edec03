// The pipeline: prepare (check, normalise, detect format, repair markup) → read (wikitext | plain) → interpret
// fields → split figures → validate, one visible call each below; read and interpret use the clean service, and
// read the wikitext parser. Each stage after the input check is guarded: a bug inside one becomes an
// `internal-error` warning and a smaller but valid Conflict, never an exception.
import { checkInput } from './01-prepare/check-input.js';
import { detectFormat } from './01-prepare/detect-format.js';
import { normalizeInput } from './01-prepare/normalize-input.js';
import { prepareWikitext } from './01-prepare/prepare-wikitext.js';
import { readPlain } from './02-read/plain/read-plain.js';
import { FAST_PATH, type ReaderSwitches } from './wikitext/fast/reader-switches.js';
import { readWikitext } from './02-read/wikitext/read-wikitext.js';
import { interpretArticle } from './03-interpret/interpret-article.js';
import { splitArticleFigures, withoutFigures } from './04-figures/split-article-figures.js';
import { uninterpreted } from './05-validate/uninterpreted.js';
import { validateConflict } from './05-validate/validate-conflict.js';
import { createContext, type Context, type ParseOptions } from './_lib/context.js';
import type { Extension } from './_lib/extension.js';
import type { RawArticle } from './_lib/raw-article.js';
import { runStage } from './_lib/run-stage.js';
import type { Conflict } from './model/conflict.js';

/**
 * Parses a conflict article (wikitext or the plain format, detected automatically) into a validated Conflict.
 * Problems in the input become `warnings`. Throws only an `InputError` (a `WikiconflictError`): code
 * `not-a-string`, `too-large` (over `options.maxBytes`, default 10 MiB) or `invalid-option`.
 * @example
 * const conflict = parseConflict(fs.readFileSync('battle.wiki', 'utf8'), { title: 'Battle of X' });
 * conflict.sides[0]?.casualties?.figures[0]?.kind; // 'killed'
 */
export function parseConflict(text: string, options: ParseOptions = {}): Conflict {
  return parseConflictWith(text, options, FAST_PATH);
}

/**
 * parseConflict with the reader's speed shortcuts chosen and a caller's extension (internal: not exported from the
 * package); the equivalence tests and the benchmark run REFERENCE_PATH through it, createParser its extension.
 * @example parseConflictWith(text, {}, REFERENCE_PATH) // what parseConflict gives, the slow way
 */
export function parseConflictWith(
  text: string,
  options: ParseOptions,
  switches: ReaderSwitches,
  extension?: Extension,
): Conflict {
  const checked = checkInput(text, options);
  const ctx = createContext(checked, extension);
  const normalized = normalizeInput(text, ctx);
  const format =
    checked.format ??
    runStage(
      'detect',
      'the text was read as wikitext',
      ctx,
      () => detectFormat(normalized),
      () => 'wikitext' as const,
    );
  const raw = readArticle(format === 'plain' ? normalized : prepareWikitext(normalized, ctx), format, ctx, switches);
  const interpreted = runStage(
    'interpret',
    'only the infobox fields as written, lead, sections and references were kept',
    ctx,
    () => interpretArticle(raw, ctx),
    () => null,
  );
  const fields =
    interpreted === null
      ? uninterpreted(raw, ctx)
      : runStage(
          'figures',
          'strength and casualties texts were kept without figures',
          ctx,
          () => splitArticleFigures(interpreted, ctx),
          () => withoutFigures(interpreted),
        );
  return validateConflict(fields, raw, ctx);
}

/** Reads with the format's reader; if that fails, retries without the prose (the likelier culprit), then gives up. */
function readArticle(text: string, format: 'plain' | 'wikitext', ctx: Context, switches: ReaderSwitches): RawArticle {
  const read = (c: Context): RawArticle => (format === 'plain' ? readPlain(text, c) : readWikitext(text, c, switches));
  const empty = (): RawArticle => ({
    format,
    title: ctx.options.title ?? null,
    infobox: null,
    lead: [],
    sections: [],
    references: [],
  });
  if (format === 'plain' || ctx.options.sections === false)
    return runStage('read', 'nothing could be read', ctx, () => read(ctx), empty);
  return runStage(
    'read',
    'the lead and sections were not read',
    ctx,
    () => read(ctx),
    () => {
      const infoboxOnly: Context = { ...ctx, options: { ...ctx.options, sections: false } };
      return runStage('read', 'nothing could be read', ctx, () => read(infoboxOnly), empty);
    },
  );
}
