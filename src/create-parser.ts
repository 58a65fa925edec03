// Extension point: a parser whose template table and kind words a caller extends, without forking.
import type { ParseOptions } from './_lib/context.js';
import { type ExtensionOptions, readExtension } from './_lib/extension.js';
import type { Conflict } from './model/conflict.js';
import type { Figure } from './model/figure.js';
import { type CasualtiesOptions, parseCasualtiesWith } from './parse-casualties.js';
import { parseConflictWith } from './parse-conflict.js';
import { FAST_PATH } from './wikitext/fast/reader-switches.js';

/** parseConflict and parseCasualties with a caller's template rules and kind words added. */
export interface Parser {
  parseConflict(text: string, options?: ParseOptions): Conflict;
  parseCasualties(text: string, options?: CasualtiesOptions): Figure[];
}

/**
 * Creates a parser with template rules (tried before the built-in table) and kind words (added to the built-in
 * ones). The options are checked now: a wrong entry throws an InputError `invalid-option` that names it. An error
 * thrown by a handler function drops that template, with an `extension-error` warning.
 * @example
 * const parser = createParser({ templates: [{ names: ['KIA'], handler: () => 'killed in action' }] });
 * parser.parseCasualties('3 {{KIA}}')[0]?.kind; // 'killed'
 */
export function createParser(options: ExtensionOptions = {}): Parser {
  const extension = readExtension(options);
  return {
    parseConflict: (text, parseOptions = {}) => parseConflictWith(text, parseOptions, FAST_PATH, extension),
    parseCasualties: (text, casualtiesOptions = {}) => parseCasualtiesWith(text, casualtiesOptions, extension),
  };
}
