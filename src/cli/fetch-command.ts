// CLI command `fetch <title>...`: current wikitext from Wikipedia's API, parsed and rendered like `convert`.
import { parseArgs } from 'node:util';
import { fetchArticles } from '../fetch/fetch-articles.js';
import { parseConflict } from '../parse-conflict.js';
import { OUTPUT_FORMATS, findOutputFormat } from '../render/output-formats.js';
import { formatSummary, startReport, strictWarnings } from './batch-report.js';
import { EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { formatFailure } from './describe-failure.js';
import { formatDuration } from './format-duration.js';
import { openOutputSink, prepareOutDir } from './output-sink.js';
import { createProgressLine } from './progress-line.js';

/** `--to wikitext` saves the page source as fetched (`.wiki`), for later `convert` runs or fixtures. */
const TO_IDS = [...OUTPUT_FORMATS.map((f) => f.id), 'wikitext'].join('|');

const USAGE = `Usage: wikiconflict fetch <title>... [--lang en] [--api URL] [--to ${TO_IDS}] [--out DIR] [--strict]

Fetch the current wikitext of each page from the MediaWiki Action API (50 titles a request, redirects and
normalised titles followed, maxlag=5, retries with backoff on 429/5xx/maxlag), parse it, and write it like
convert does. Title, page id and revision id go into the output.

Options:
  --lang CODE    Wikipedia language (default en): https://CODE.wikipedia.org/w/api.php
  --api URL      another MediaWiki API endpoint
  --to FORMAT    json (default), ndjson, plain, markdown, or wikitext (the page source, as .wiki)
  --out DIR      one file per page in DIR, named after the title (spaces as _)
  --strict       count a page with warnings as failed
  --debug        print the stack of an unexpected error
  -h, --help     this help

Missing pages are reported on stderr and make the exit code 1; the other pages are still written. An --out
that cannot be a folder fails before anything is fetched.

${EXIT_CODES_HELP} (1 also when a page was missing)
`;

export const fetchCommand: Command = {
  name: 'fetch',
  summary: 'fetch pages by title from Wikipedia and convert them',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'en' },
        api: { type: 'string' },
        to: { type: 'string', default: 'json' },
        out: { type: 'string' },
        strict: { type: 'boolean' },
      },
    });
    const wikitext = values.to === 'wikitext';
    const format = findOutputFormat(values.to);
    if (!format && !wikitext) throw new UsageError(`--to must be one of ${TO_IDS}, not "${values.to}"`);
    if (!/^[a-z][a-z0-9-]*$/.test(values.lang)) throw new UsageError(`--lang must be a language code like en or de, not "${values.lang}"`);
    if (values.api !== undefined && !URL.canParse(values.api)) throw new UsageError(`--api must be a URL, not "${values.api}"`);
    if (positionals.length === 0) throw new UsageError('fetch needs at least one page title');
    // Checked before the network is used: an unwritable --out should not cost a download.
    if (values.out !== undefined) await prepareOutDir(values.out);

    const report = startReport();
    const progress = createProgressLine(io, io.isTTY === true);
    progress.update(`fetching ${positionals.length} page(s)…`, true);
    let result;
    try {
      result = await fetchArticles(positionals, {
        lang: values.lang,
        ...(values.api !== undefined ? { api: values.api } : {}),
        onRetry: ({ reason, delayMs }) => progress.log(`wikiconflict: ${reason}; retrying in ${formatDuration(delayMs)}`),
      });
    } catch (error) {
      progress.done();
      io.stderr(formatFailure('', error, io.debug === true));
      return EXIT.failed;
    }
    progress.done();
    for (const m of result.missing) {
      report.failed++;
      const resolved = m.title !== m.requested ? ` (as "${m.title}")` : '';
      io.stderr(`wikiconflict: ${m.reason === 'invalid' ? 'invalid title' : m.reason === 'missing' ? 'missing page' : 'no content for page'}: "${m.requested}"${resolved}\n`);
    }

    const sink = await openOutputSink({
      io,
      extension: format ? format.extension : '.wiki',
      outDir: values.out,
      json: format?.id === 'json',
      many: result.articles.length > 1,
      separator: format?.id === 'ndjson' ? '' : '\n',
    });
    for (const article of result.articles) {
      try {
        if (wikitext || !format) {
          report.articles++;
          await sink.write(article.title, article.text.endsWith('\n') ? article.text : `${article.text}\n`);
          continue;
        }
        const conflict = parseConflict(article.text, { title: article.title, pageId: article.pageId, revisionId: article.revisionId });
        const warnings = strictWarnings(conflict);
        report.articles++;
        report.warnings += warnings.length;
        await sink.write(article.title, format.render(conflict));
        if (values.strict && warnings.length > 0) {
          for (const w of warnings) io.stderr(`wikiconflict: ${article.title}: warning ${w.code}${w.field ? ` (${w.field})` : ''}: ${w.message}\n`);
          report.failed++;
        }
      } catch (error) {
        report.failed++;
        io.stderr(formatFailure(article.title, error, io.debug === true));
      }
    }
    await sink.close();
    io.stderr(`${formatSummary('fetch', report)}\n`);
    return report.failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
