// CLI command `convert <file|folder|glob|->...`: many articles to JSON, NDJSON, the plain format or Markdown.
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConflict } from '../parse-conflict.js';
import { OUTPUT_FORMATS, findOutputFormat, type OutputFormat } from '../render/output-formats.js';
import { formatSummary, startReport, strictWarnings, type BatchReport } from './batch-report.js';
import { CliFailure, EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { formatFailure } from './describe-failure.js';
import { expandInputs, type Input } from './expand-inputs.js';
import { MAX_BYTES_HELP, parseMaxBytes } from './max-bytes-option.js';
import { openOutputSink, type OutputSink } from './output-sink.js';
import { createProgressLine, drawBar, type ProgressLine } from './progress-line.js';
import { readArticleText } from './read-article-text.js';

const FORMAT_IDS = OUTPUT_FORMATS.map((f) => f.id).join('|');

const USAGE = `Usage: wikiconflict convert <file|folder|glob|->... [--to ${FORMAT_IDS}] [--out DIR] [--strict]

Convert articles (wikitext or the plain format). Folders are walked for .wiki, .txt and .wikitext files;
globs (*, **, ?) are expanded; "-" reads standard input.

Options:
  --to FORMAT              ${OUTPUT_FORMATS.map((f) => `${f.id} (${f.description})`).join(', ')}; default json
  --out DIR                one file per input in DIR, same base name, extension ${OUTPUT_FORMATS.map((f) => f.extension).join('/')};
                           written to a temporary name, then renamed. Without --out, everything goes to stdout
                           (several JSON documents as one array).
  --strict                 count an article with warnings as failed
  --format plain|wikitext  force the reader instead of detecting the format
  ${MAX_BYTES_HELP}
  --debug                  print the stack of an unexpected error
  -h, --help               this help

One bad input (missing, a folder without articles, binary, too large) never stops the batch: it is one line on
stderr and counts as failed. An empty file is an article with the warning empty-input. A one-line summary ends
on stderr; a progress bar is drawn there when it is a terminal and there is more than one input.

${EXIT_CODES_HELP}
`;

/** Parses, renders and writes one article; returns false when it failed. */
async function convertOne(
  input: Input,
  ctx: { io: CliIo; format: OutputFormat; sink: OutputSink; report: BatchReport; strict: boolean; reader?: 'plain' | 'wikitext'; maxBytes: number; progress: ProgressLine },
): Promise<void> {
  const label = input.kind === 'file' ? input.path : input.kind === 'stdin' ? '-' : input.label;
  const fail = (error: unknown): void => {
    ctx.report.failed++;
    ctx.progress.log(formatFailure(label, error, ctx.io.debug === true).trimEnd());
  };
  if (input.kind === 'error') return fail(new CliFailure(input.message));
  try {
    const text = await readArticleText(input.kind === 'stdin' ? '-' : input.path, ctx.io, ctx.maxBytes);
    const conflict = parseConflict(text, { maxBytes: ctx.maxBytes, ...(ctx.reader ? { format: ctx.reader } : {}) });
    const warnings = strictWarnings(conflict);
    ctx.report.articles++;
    ctx.report.warnings += warnings.length;
    const name = input.kind === 'stdin' ? 'stdin' : basename(input.path, extname(input.path));
    await ctx.sink.write(name, ctx.format.render(conflict));
    if (ctx.strict && warnings.length > 0) {
      for (const w of warnings) ctx.progress.log(`wikiconflict: ${label}: warning ${w.code}${w.field ? ` (${w.field})` : ''}: ${w.message}`);
      ctx.report.failed++;
    }
  } catch (error) {
    fail(error);
  }
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert files, folders or globs to json, ndjson, plain or markdown',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        to: { type: 'string', default: 'json' },
        out: { type: 'string' },
        strict: { type: 'boolean' },
        format: { type: 'string' },
        'max-bytes': { type: 'string' },
      },
    });
    const format = findOutputFormat(values.to);
    if (!format) throw new UsageError(`--to must be one of ${FORMAT_IDS}, not "${values.to}"`);
    const reader = values.format;
    if (reader !== undefined && reader !== 'plain' && reader !== 'wikitext') throw new UsageError(`--format must be plain or wikitext, not "${reader}"`);
    if (positionals.length === 0) throw new UsageError('convert needs at least one file, folder, glob or -');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const maxBytes = parseMaxBytes(values['max-bytes']);

    const inputs = await expandInputs(positionals);
    const report = startReport();
    const progress = createProgressLine(io, io.isTTY === true && inputs.length > 1);
    const sink = await openOutputSink({
      io,
      extension: format.extension,
      outDir: values.out,
      json: format.id === 'json',
      many: inputs.length > 1,
      separator: format.id === 'ndjson' ? '' : '\n',
    });
    for (const [i, input] of inputs.entries()) {
      progress.update(`${drawBar(i, inputs.length)} ${i}/${inputs.length} ${input.kind === 'file' ? basename(input.path) : ''}`);
      await convertOne(input, { io, format, sink, report, strict: values.strict === true, ...(reader ? { reader } : {}), maxBytes, progress });
    }
    await sink.close();
    progress.done();
    io.stderr(`${formatSummary('convert', report)}\n`);
    return report.failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
