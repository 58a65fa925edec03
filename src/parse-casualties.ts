// Entry point: split one casualties (or strength) value, wikitext or plain, into figures.
import { checkCasualtiesOptions } from './01-prepare/check-input.js';
import { normalizeInput } from './01-prepare/normalize-input.js';
import { cleanWikitext } from './clean/clean-wikitext.js';
import { splitFigures } from './04-figures/split-figures.js';
import { createContext } from './_lib/context.js';
import type { Extension } from './_lib/extension.js';
import { InputError, InternalError, WikiconflictError } from './_lib/errors.js';
import type { Figure } from './model/figure.js';

/** Options of parseCasualties; each may be absent or `undefined` (as absent). */
export interface CasualtiesOptions {
  /** `casualties` (the default: casualtiesN values) or `strength` (strengthN, polstrengthN, milstrengthN). */
  mode?: 'casualties' | 'strength' | undefined;
  /** Names of the article's parties, to recognise a bare `(X)` as an attribution. */
  parties?: readonly string[] | undefined;
}

/**
 * Splits a casualties value into figures with kind, bounds, subject and source.
 * Throws only a `WikiconflictError`: an `InputError` for a non-string (`not-a-string`) or a bad option
 * (`invalid-option`: options not an object, `mode` not 'casualties'/'strength', `parties` not strings), and an `InternalError`
 * (`internal-error`, the original error as `cause`) if a bug inside throws — it has no warnings list to report to.
 * @example parseCasualties('1 injured (per Mali)<br>2 killed (per MNLA)')
 * // → [{ kind: 'wounded', min: 1, max: 1, source: 'Mali', … }, { kind: 'killed', min: 2, max: 2, source: 'MNLA', … }]
 */
export function parseCasualties(text: string, options: CasualtiesOptions = {}): Figure[] {
  return parseCasualtiesWith(text, options);
}

/**
 * parseCasualties with a caller's extension (internal: createParser's parseCasualties).
 * @example parseCasualtiesWith('3 martyred', {}, readExtension({ vocabulary: { kinds: { killed: ['martyred'] } } }))[0]?.kind // 'killed'
 */
export function parseCasualtiesWith(text: string, options: CasualtiesOptions, extension?: Extension): Figure[] {
  if (typeof text !== 'string')
    throw new InputError('not-a-string', `parseCasualties expects a string, got ${typeof text}.`);
  const checked = checkCasualtiesOptions(options);
  try {
    const ctx = createContext({}, extension);
    // The input normalisation parseConflict gives a page (BOM, line ends, control characters), so a value splits
    // the same alone as in its article.
    return splitFigures(cleanWikitext(normalizeInput(text, ctx), ctx), checked, ctx);
  } catch (error) {
    if (error instanceof WikiconflictError) throw error;
    const reason =
      error instanceof Error ? `${error.name}: ${error.message.split('\n', 1)[0]}` : 'a non-error value was thrown';
    throw new InternalError(`Internal error in parseCasualties (${reason}). Please report this input.`, error);
  }
}
