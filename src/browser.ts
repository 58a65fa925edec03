// Public API of wikiconflict that runs anywhere — browsers included: no Node built-ins below it. The package's
// `browser` export condition gives only this; src/index.ts adds the Node-only parts (worker threads, dumps, fetch).
export { parseConflict } from './parse-conflict.js';
export { parseCasualties, type CasualtiesOptions } from './parse-casualties.js';
export { createParser, type Parser } from './create-parser.js';
export type { ExtensionOptions, ExtensionTemplate, ExtensionHandler, TemplateArgs } from './_lib/extension.js';
export { detectFormat } from './01-prepare/detect-format.js';
export { DEFAULT_MAX_BYTES, type ParseOptions } from './_lib/context.js';
export { WikiconflictError, InputError, InternalError } from './_lib/errors.js';
export * from './model/conflict.js';
export * from './model/figure.js';
export * from './model/party.js';
export * from './model/reference.js';
export * from './model/section.js';
export * from './model/warning.js';
export { renderPlain } from './render/render-plain.js';
export { renderMarkdown } from './render/render-markdown.js';
export { renderJson, renderNdjsonLine, OUTPUT_FORMATS, type OutputFormat } from './render/output-formats.js';
export { buildJsonSchema } from './render/json-schema.js';
export { hasConflictInfobox } from './dump/conflict-infobox.js';
export { CONFLICT_INFOBOXES as CONFLICT_INFOBOX_TEMPLATES } from './_data/infobox-templates.js';
