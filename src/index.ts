// Public API of wikiconflict: what runs anywhere (src/browser.ts), and the Node-only parts.
export * from './browser.js';
export { parseMany, type ParseManyOptions } from './parse-many.js';
export { createParserPool, type ParserPool, type ParserPoolOptions } from './parser-pool.js';
export {
  fetchArticles,
  USER_AGENT,
  type FetchArticlesOptions,
  type FetchArticlesResult,
  type FetchedArticle,
  type MissingArticle,
} from './fetch/fetch-articles.js';
export { FetchError } from './fetch/fetch-error.js';
export { DumpError, DUMP_ERROR_CODES, type DumpErrorCode } from './dump/dump-error.js';
export { parseDump, classifyPage, type ParseDumpOptions, type DumpStats, type DumpResult } from './dump/parse-dump.js';
export { readDumpPages, type DumpPage } from './dump/read-dump-pages.js';
export { readStreamIndex } from './dump/read-stream-index.js';
export type { DecoderKind } from './dump/bzip2-decoders.js';
export { fetchItemIds } from './fetch/fetch-item-ids.js';
export { toWikidata, type ToWikidataOptions } from './wikidata/to-wikidata.js';
export { readItemsMap, type ItemsMap } from './wikidata/read-items-map.js';
export { renderQuickStatements } from './wikidata/render-quickstatements.js';
export {
  renderWikidataJson,
  toWikidataJson,
  type WikidataJson,
  type WikibaseStatement,
  type WikibaseSnak,
} from './wikidata/render-wikidata-json.js';
export { WIKIDATA_JSON_SCHEMA } from './wikidata/wikidata-json-schema.js';
export {
  WikidataResultSchema,
  WikidataStatementSchema,
  SkippedFigureSchema,
  type WikidataResult,
  type WikidataStatement,
  type SkippedFigure,
  type Snak as WikidataSnak,
  type ItemValue as WikidataItemValue,
} from './wikidata/wikidata-statement.js';
