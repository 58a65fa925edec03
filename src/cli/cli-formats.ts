// CLI support: the --to formats of convert, fetch and dump — the model's own renderings and the Wikidata ones.
import { readFile } from 'node:fs/promises';
import type { Conflict } from '../model/conflict.js';
import { OUTPUT_FORMATS, findOutputFormat, type OutputFormat } from '../render/output-formats.js';
import { readItemsMap, type ItemsMap } from '../wikidata/read-items-map.js';
import { renderQuickStatements } from '../wikidata/render-quickstatements.js';
import { toWikidataJson } from '../wikidata/render-wikidata-json.js';
import { toWikidata } from '../wikidata/to-wikidata.js';
import type { SkippedFigure } from '../wikidata/wikidata-statement.js';
import { CliFailure, UsageError } from './cli-io.js';
import { describeFailure } from './describe-failure.js';

/** What `--items` and `--lang` tell the Wikidata formats. */
export interface WikidataCliOptions {
  items: ItemsMap;
  lang: string;
  /** Base URL of the wiki the pages come from, when not `https://<lang>.wikipedia.org` (fetch --api). */
  wikiUrl?: string;
}

/** One rendering, and the lines it has for stderr (the figures a QuickStatements batch leaves out). */
export interface Rendered {
  text: string;
  notes: string[];
}

export interface CliFormat {
  id: string;
  /** Extension of the file `--out DIR` writes. */
  extension: string;
  description: string;
  /** The rendering is one pretty JSON document (one array of them on stdout). */
  json: boolean;
  /** Put between two renderings on stdout. */
  separator: string;
  /** Set when a worker can render it itself (the model's formats); else the worker answers JSON and this thread renders. */
  workerRender?: OutputFormat['id'];
  render(conflict: Conflict): Rendered;
  /** The rendering for a dump's output: one line (compact JSON) where render gives a pretty document. */
  renderLine(conflict: Conflict): Rendered;
}

/** The Wikidata formats, by id, with what they are. */
export const WIKIDATA_FORMATS = [
  { id: 'quickstatements', extension: '.qs', description: 'Wikidata statements as QuickStatements (v1) commands' },
  { id: 'wikidata-json', extension: '.wikidata.json', description: 'Wikidata statements in the Wikibase JSON format' },
] as const;

/** Every id `--to` takes in convert and fetch. */
export const CLI_FORMAT_IDS: readonly string[] = [
  ...OUTPUT_FORMATS.map((f) => f.id),
  ...WIKIDATA_FORMATS.map((f) => f.id),
];

/**
 * One stderr line per figure a Wikidata rendering left out.
 * @example formatSkipped('Amazragane skirmish', skipped) // ['wikiconflict: Amazragane skirmish: not written to Wikidata: "6 captured (per Mali)" (casualties2): no Wikidata property …']
 */
export function formatSkipped(label: string, skipped: readonly SkippedFigure[]): string[] {
  return skipped.map(
    (s) =>
      `wikiconflict: ${label}: not written to Wikidata: ${JSON.stringify(s.figure.text)} (${s.field}): ${s.reason}`,
  );
}

function modelFormat(format: OutputFormat): CliFormat {
  return {
    id: format.id,
    extension: format.extension,
    description: format.description,
    json: format.id === 'json',
    separator: format.id === 'ndjson' ? '' : '\n',
    workerRender: format.id,
    render: (conflict) => ({ text: format.render(conflict), notes: [] }),
    renderLine: (conflict) => ({ text: `${JSON.stringify(conflict)}\n`, notes: [] }),
  };
}

/**
 * The format `--to id` names, or undefined. The Wikidata formats take the items map and language given.
 * @example findCliFormat('quickstatements', { items: {}, lang: 'en' })?.extension // '.qs'
 */
export function findCliFormat(id: string, wikidata: WikidataCliOptions): CliFormat | undefined {
  const model = findOutputFormat(id);
  if (model) return modelFormat(model);
  const options = {
    items: wikidata.items,
    lang: wikidata.lang,
    ...(wikidata.wikiUrl !== undefined ? { wikiUrl: wikidata.wikiUrl } : {}),
  };
  if (id === 'quickstatements') {
    const render = (conflict: Conflict): Rendered => {
      const result = toWikidata(conflict, options);
      return { text: renderQuickStatements(result), notes: formatSkipped(conflict.title, result.skipped) };
    };
    // A blank line is an error line to QuickStatements: the batches follow one another directly.
    return { ...WIKIDATA_FORMATS[0], json: false, separator: '', render, renderLine: render };
  }
  if (id === 'wikidata-json') {
    return {
      ...WIKIDATA_FORMATS[1],
      json: true,
      separator: '\n',
      render: (conflict) => ({
        text: `${JSON.stringify(toWikidataJson(toWikidata(conflict, options)), null, 2)}\n`,
        notes: [],
      }),
      renderLine: (conflict) => ({
        text: `${JSON.stringify(toWikidataJson(toWikidata(conflict, options)))}\n`,
        notes: [],
      }),
    };
  }
  return undefined;
}

/**
 * Reads `--items FILE` (title<TAB>Q123 lines) and checks `--lang`: a CliFailure `--items FILE: <reason>` for a file
 * that cannot be read or a bad line, a UsageError for a bad language code. No file: an empty map.
 * @example await readWikidataOptions({ items: 'items.tsv', lang: 'en' }) // { items: { mali: 'Q912' }, lang: 'en' }
 */
export async function readWikidataOptions(values: {
  items?: string | undefined;
  lang?: string | undefined;
}): Promise<WikidataCliOptions> {
  const lang = values.lang ?? 'en';
  if (!/^[a-z][a-z0-9-]*$/.test(lang))
    throw new UsageError(`--lang must be a language code like en or de, not "${lang}"`);
  if (values.items === undefined) return { items: {}, lang };
  let text: string;
  try {
    text = await readFile(values.items, 'utf8');
  } catch (error) {
    throw new CliFailure(`--items ${values.items}: ${describeFailure(error)}`);
  }
  try {
    return { items: readItemsMap(text), lang };
  } catch (error) {
    throw new CliFailure(`--items ${values.items}: ${(error as Error).message}`);
  }
}

/**
 * The wiki's base URL from its Action API endpoint: the endpoint's folder, less MediaWiki's usual `/w`.
 * @example wikiUrlFromApi('https://de.wikipedia.org/w/api.php') // 'https://de.wikipedia.org'
 */
export function wikiUrlFromApi(api: string): string {
  const url = new URL(api);
  return `${url.origin}${url.pathname.replace(/\/api\.php$/, '').replace(/\/w$/, '')}`;
}
