// CLI command `convert <file|folder|glob|->...`: many articles to JSON, NDJSON, the plain format, Markdown or Wikidata statements.
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import type { ParseOptions } from '../_lib/context.js';
import { WorkerPool } from '../workers/worker-pool.js';
import type { Conflict } from '../model/conflict.js';
import type { Warning } from '../model/warning.js';
import { parseConflict } from '../parse-conflict.js';
import { OUTPUT_FORMATS } from '../render/output-formats.js';
import { countArticle, formatStrictWarning, formatSummary, startReport, type BatchReport } from './batch-report.js';
import { CLI_FORMAT_IDS, WIKIDATA_FORMATS, findCliFormat, readWikidataOptions, type CliFormat } from './cli-formats.js';
import { CliFailure, EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { formatFailure } from './describe-failure.js';
import { expandInputs, type Input } from './expand-inputs.js';
import { MAX_BYTES_HELP, parseMaxBytes } from './max-bytes-option.js';
import { findCommonFolder, mirroredFolders } from './mirror-folders.js';
import { formatRenamed, openOutputSink, type OutputSink } from './output-sink.js';
import { parseCommandArgs } from './parse-command-args.js';
import { createProgressLine, drawBar, type ProgressLine } from './progress-line.js';
import { readArticleText } from './read-article-text.js';
import { titleFromFileName } from './title-from-file-name.js';
import { parseWorkers } from './workers-option.js';

/**
 * The smallest batch that gets worker threads by default (see convertWorkers): below it, starting the workers
 * costs more than they save (docs/performance.md, "Cold start").
 */
export const MIN_INPUTS_FOR_WORKERS = 200;

const FORMAT_IDS = CLI_FORMAT_IDS.join('|');

const USAGE = `Usage: wikiconflict convert <file|folder|glob|->... [--to ${FORMAT_IDS}] [--out DIR] [--strict] [--workers N] [--items map.tsv]

Convert articles (wikitext or the plain format). Folders are walked for .wiki, .txt and .wikitext files;
globs (*, **, ?) are expanded; "-" reads standard input. A file's name, without extension and with "_" read as
a space, is the page title (a plain-format "= Title =" line wins); the infobox's conflict is the name.

Options:
  --to FORMAT              ${[...OUTPUT_FORMATS, ...WIKIDATA_FORMATS].map((f) => `${f.id} (${f.description})`).join(', ')}; default json
  --items FILE             for quickstatements and wikidata-json: "title<TAB>Q123" lines giving the Wikidata item of
                           an article title, party, source or subject; the others stay marked UNRESOLVED[…]
  --lang CODE              the Wikipedia the files come from (default en), for the statements' reference
  --out DIR                one file per input in DIR, same base name, extension ${[...OUTPUT_FORMATS, ...WIKIDATA_FORMATS].map((f) => f.extension).join('/')},
                           in the input's folders below the one the arguments share (a folder argument, a
                           file's folder, a glob's folders before its pattern): a/x.wiki b/x.wiki → DIR/a/x.json
                           DIR/b/x.json. A name still taken (x.txt beside x.wiki) gets -2, -3 …, said on stderr.
                           Written to a temporary name, then renamed (a FIFO or device there is written into;
                           a symbolic link is followed only within DIR).
                           Without --out, everything goes to stdout: --to json as one JSON array, whatever the
                           number of inputs (--to ndjson for one line per article).
  --strict                 count an article with warnings as failed (notes never fail it)
  --format plain|wikitext  force the reader instead of detecting the format
  --workers N              parser threads (0 parses on the main thread). Default: one per CPU from
                           ${MIN_INPUTS_FOR_WORKERS} articles on, else 0 (a fresh thread takes seconds to warm up)
  ${MAX_BYTES_HELP}
  --debug                  print the stack of an unexpected error
  -h, --help               this help

One bad input (missing, a folder without articles, binary, too large) never stops the batch: it is one line on
stderr and counts as failed. An empty file is an article with the warning empty-input. A one-line summary ends
on stderr ("3 articles, 2 warnings, 1 note, 0 failed": warnings are diagnostics of severity warning, the ones
--strict fails on; notes those of severity info); a progress bar is drawn there when it is a terminal and there
is more than one input. With --to quickstatements, each figure left out of the statements is one line on
stderr with the reason (wikidata-json lists them in its "skipped").

${EXIT_CODES_HELP}
`;

/** One article's parse and rendering, or why it failed (kept as a value: it may wait in line before it is written). */
type Outcome = { ok: true; rendered: string; notes: string[]; warnings: Warning[] } | { ok: false; error: unknown };

interface ConvertContext {
  io: CliIo;
  format: CliFormat;
  sink: OutputSink;
  report: BatchReport;
  strict: boolean;
  /** The folder all inputs named share (a folder, a file's folder, a glob's base): --out mirrors the folders below it. */
  root: string;
  parseOptions: ParseOptions;
  progress: ProgressLine;
}

/** Parses and renders in this thread; an error becomes a failed outcome. */
function convertHere(text: string, options: ParseOptions, ctx: ConvertContext): Outcome {
  try {
    return renderHere(parseConflict(text, options), ctx);
  } catch (error) {
    return { ok: false, error };
  }
}

function renderHere(conflict: Conflict, ctx: ConvertContext): Outcome {
  const { text, notes } = ctx.format.render(conflict);
  return { ok: true, rendered: text, notes, warnings: conflict.warnings };
}

/**
 * Parses and renders on a worker, which answers with the rendered text (the main thread only writes it); for the
 * Wikidata formats (items map, skipped figures) it answers the Conflict's JSON and the rendering is done here. A
 * failed answer is parsed again here, so the error line names the same error class and code as without workers.
 */
async function convertOnWorker(
  pool: WorkerPool,
  id: number,
  text: string,
  options: ParseOptions,
  ctx: ConvertContext,
): Promise<Outcome> {
  const render = ctx.format.workerRender;
  const answer = await pool.run({ id, text, options, ...(render ? { render } : {}) });
  if (answer.ok && 'rendered' in answer)
    return { ok: true, rendered: answer.rendered, notes: [], warnings: answer.warnings };
  if (answer.ok && 'json' in answer) return renderHere(JSON.parse(answer.json) as Conflict, ctx);
  return convertHere(text, options, ctx);
}

/** The parse options of one input: a file's name gives the page title (a plain-format `= Title =` still wins). */
function optionsFor(input: Input, ctx: ConvertContext): ParseOptions {
  const title = input.kind === 'file' ? titleFromFileName(input.path) : null;
  return title === null ? ctx.parseOptions : { ...ctx.parseOptions, title };
}

/** Writes one article's outcome and counts it. */
async function finishOne(input: Input, label: string, outcome: Outcome, ctx: ConvertContext): Promise<void> {
  const fail = (error: unknown): void => {
    ctx.report.failed++;
    ctx.progress.log(formatFailure(label, error, ctx.io.debug === true).trimEnd());
  };
  if (!outcome.ok) return fail(outcome.error);
  try {
    const warnings = countArticle(ctx.report, outcome);
    const entry =
      input.kind === 'file'
        ? {
            name: basename(input.path, extname(input.path)),
            folders: mirroredFolders(input.path, ctx.root),
            source: label,
          }
        : { name: input.kind === 'stdin' ? 'stdin' : 'article', source: label };
    const renamed = await ctx.sink.write(entry, outcome.rendered);
    if (renamed) ctx.progress.log(formatRenamed(label, renamed));
    for (const note of outcome.notes) ctx.progress.log(note);
    if (ctx.strict && warnings.length > 0) {
      for (const w of warnings) ctx.progress.log(formatStrictWarning(label, w));
      ctx.report.failed++;
    }
  } catch (error) {
    fail(error);
  }
}

/**
 * Workers for a batch of `inputs` articles. Asked for none, a batch gets a worker per CPU once it is large enough
 * to pay for them: each fresh worker spends seconds of CPU compiling (JIT) before it parses at full speed, so a
 * small batch is done sooner on the main thread alone.
 * @example convertWorkers(undefined, 1000, 4) // 4
 */
export function convertWorkers(requested: number | undefined, inputs: number, cpus = availableParallelism()): number {
  if (requested !== undefined) return Math.min(requested, inputs);
  return inputs >= MIN_INPUTS_FOR_WORKERS && cpus > 1 ? cpus : 0;
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert files, folders or globs to json, ndjson, plain, markdown or Wikidata statements',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      to: { type: 'string', default: 'json' },
      out: { type: 'string' },
      strict: { type: 'boolean' },
      format: { type: 'string' },
      'max-bytes': { type: 'string' },
      workers: { type: 'string' },
      items: { type: 'string' },
      lang: { type: 'string' },
    });
    const format = findCliFormat(values.to, await readWikidataOptions(values));
    if (!format) throw new UsageError(`--to must be one of ${FORMAT_IDS}, not "${values.to}"`);
    const reader = values.format;
    if (reader !== undefined && reader !== 'plain' && reader !== 'wikitext')
      throw new UsageError(`--format must be plain or wikitext, not "${reader}"`);
    if (positionals.length === 0) throw new UsageError('convert needs at least one file, folder, glob or -');
    if (positionals.filter((p) => p === '-').length > 1)
      throw new UsageError('standard input (-) can be read only once');
    const maxBytes = parseMaxBytes(values['max-bytes']);
    const requested = parseWorkers(values.workers);

    const inputs = await expandInputs(positionals);
    const report = startReport();
    const progress = createProgressLine(io, io.isTTY === true && inputs.length > 1);
    const sink = await openOutputSink({
      io,
      extension: format.extension,
      outDir: values.out,
      json: format.json,
      separator: format.separator,
    });
    const ctx: ConvertContext = {
      io,
      format,
      sink,
      report,
      strict: values.strict === true,
      root: findCommonFolder(inputs.flatMap((input) => (input.kind === 'file' ? [input.base] : []))),
      parseOptions: { maxBytes, ...(reader ? { format: reader } : {}) },
      progress,
    };
    const workers = convertWorkers(requested, inputs.length);
    const pool = workers > 0 ? new WorkerPool(workers) : null;
    // Articles are read here and parsed on the workers, a bounded number at a time, and written in input order.
    const maxInFlight = Math.max(1, workers * 16);
    const inFlight: { input: Input; label: string; outcome: Promise<Outcome> }[] = [];
    let done = 0;
    const settle = async (): Promise<void> => {
      const { input, label, outcome } = inFlight.shift()!;
      await finishOne(input, label, await outcome, ctx);
      done++;
      progress.update(
        `${drawBar(done, inputs.length)} ${done}/${inputs.length} ${input.kind === 'file' ? basename(input.path) : ''}`,
      );
    };
    try {
      for (const [id, input] of inputs.entries()) {
        const label = input.kind === 'file' ? input.path : input.kind === 'stdin' ? '-' : input.label;
        let outcome: Promise<Outcome>;
        if (input.kind === 'error') outcome = Promise.resolve({ ok: false, error: new CliFailure(input.message) });
        else {
          try {
            const text = await readArticleText(input.kind === 'stdin' ? '-' : input.path, io, maxBytes);
            const options = optionsFor(input, ctx);
            outcome = pool
              ? convertOnWorker(pool, id, text, options, ctx)
              : Promise.resolve(convertHere(text, options, ctx));
          } catch (error) {
            outcome = Promise.resolve({ ok: false, error });
          }
        }
        inFlight.push({ input, label, outcome });
        while (inFlight.length >= maxInFlight) await settle();
      }
      while (inFlight.length > 0) await settle();
    } finally {
      await pool?.close();
    }
    await sink.close();
    progress.done();
    io.stderr(`${formatSummary('convert', report)}\n`);
    return report.failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
