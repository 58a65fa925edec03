// Public API of wikiconflict.
export { parseConflict } from './parse-conflict.js';
export { parseCasualties, type CasualtiesOptions } from './parse-casualties.js';
export { detectFormat } from './01-detect/detect-format.js';
export type { ParseOptions } from './_lib/context.js';
export { WikiconflictError, InputError } from './_lib/errors.js';
export * from './model/conflict.js';
export * from './model/figure.js';
export * from './model/party.js';
export * from './model/reference.js';
export * from './model/section.js';
export * from './model/warning.js';
