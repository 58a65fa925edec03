// CLI command `fetch <title>...`: current wikitext from Wikipedia's API, parsed and rendered like `convert`.
import { fetchArticles, type FetchedArticle } from '../fetch/fetch-articles.js';
import { fetchItemIds } from '../fetch/fetch-item-ids.js';
import type { Conflict } from '../model/conflict.js';
import { parseConflict } from '../parse-conflict.js';
import { countArticle, formatStrictWarning, formatSummary, startReport } from './batch-report.js';
import {
  CLI_FORMAT_IDS,
  WIKIDATA_FORMATS,
  findCliFormat,
  readWikidataOptions,
  wikiUrlFromApi,
  type CliFormat,
} from './cli-formats.js';
import { EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { formatFailure } from './describe-failure.js';
import { formatDuration } from './format-duration.js';
import { formatRenamed, openOutputSink, prepareOutDir } from './output-sink.js';
import { parseCommandArgs } from './parse-command-args.js';
import { createProgressLine } from './progress-line.js';

/** `--to wikitext` saves the page source as fetched (`.wiki`), for later `convert` runs or fixtures. */
const TO_IDS = [...CLI_FORMAT_IDS, 'wikitext'].join('|');

const USAGE = `Usage: wikiconflict fetch <title>... [--lang en] [--api URL] [--to ${TO_IDS}] [--out DIR] [--strict] [--items map.tsv]

Fetch the current wikitext of each page from the MediaWiki Action API (50 titles a request, redirects and
normalised titles followed, maxlag=5, retries with backoff on 429/5xx/maxlag), parse it, and write it like
convert does. Title, page id, revision id and the page's Wikidata item (itemId) go into the output.

Options:
  --lang CODE    Wikipedia language (default en): https://CODE.wikipedia.org/w/api.php
  --api URL      another MediaWiki API endpoint
  --to FORMAT    json (default), ndjson, plain, markdown, ${WIKIDATA_FORMATS.map((f) => f.id).join(', ')} (Wikidata
                 statements about the page's item; the items of the parties' linked pages are asked for too),
                 or wikitext (the page source, as .wiki)
  --items FILE   "title<TAB>Q123" lines: items the API does not give (sources, subjects), or to override it
  --out DIR      one file per page in DIR, named after the title (spaces as _); without it, everything goes
                 to stdout, --to json as one JSON array whatever the number of pages
  --strict       count a page with warnings as failed
  --debug        print the stack of an unexpected error
  -h, --help     this help

Missing pages are reported on stderr and make the exit code 1; the other pages are still written. An --out
that cannot be a folder fails before anything is fetched. A host name that does not exist, a refused
connection or a TLS failure ends the run at once with its cause; a timeout or a closed connection is retried.
A summary line ends on stderr, as for convert.

${EXIT_CODES_HELP} (1 also when a page was missing)
`;

export const fetchCommand: Command = {
  name: 'fetch',
  summary: 'fetch pages by title from Wikipedia and convert them',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      lang: { type: 'string', default: 'en' },
      api: { type: 'string' },
      to: { type: 'string', default: 'json' },
      out: { type: 'string' },
      strict: { type: 'boolean' },
      items: { type: 'string' },
    });
    const wikitext = values.to === 'wikitext';
    const wikidata = await readWikidataOptions(values);
    let format = findCliFormat(values.to, wikidata);
    if (!format && !wikitext) throw new UsageError(`--to must be one of ${TO_IDS}, not "${values.to}"`);
    if (!/^[a-z][a-z0-9-]*$/.test(values.lang))
      throw new UsageError(`--lang must be a language code like en or de, not "${values.lang}"`);
    if (values.api !== undefined && !URL.canParse(values.api))
      throw new UsageError(`--api must be a URL, not "${values.api}"`);
    if (positionals.length === 0) throw new UsageError('fetch needs at least one page title');
    // Checked before the network is used: an unwritable --out should not cost a download.
    if (values.out !== undefined) await prepareOutDir(values.out);

    const report = startReport();
    const progress = createProgressLine(io, io.isTTY === true);
    progress.update(`fetching ${positionals.length} page(s)…`, true);
    let result: Awaited<ReturnType<typeof fetchArticles>>;
    try {
      result = await fetchArticles(positionals, {
        lang: values.lang,
        ...(values.api !== undefined ? { api: values.api } : {}),
        onRetry: ({ reason, delayMs }) =>
          progress.log(`wikiconflict: ${reason}; retrying in ${formatDuration(delayMs)}`),
      });
    } catch (error) {
      // No page was fetched: each title asked for counts as failed (as fetchArticles counts them, once each).
      progress.done();
      io.stderr(formatFailure('', error, io.debug === true));
      report.failed = new Set(positionals.map((t) => t.trim()).filter((t) => t !== '')).size;
      io.stderr(`${formatSummary('fetch', report)}\n`);
      return EXIT.failed;
    }
    progress.done();
    for (const m of result.missing) {
      report.failed++;
      const resolved = m.title !== m.requested ? ` (as "${m.title}")` : '';
      io.stderr(
        `wikiconflict: ${m.reason === 'invalid' ? 'invalid title' : m.reason === 'missing' ? 'missing page' : 'no content for page'}: "${m.requested}"${resolved}\n`,
      );
    }

    const conflicts = new Map<FetchedArticle, Conflict | { error: unknown }>();
    if (format) {
      for (const article of result.articles) {
        try {
          conflicts.set(
            article,
            parseConflict(article.text, {
              title: article.title,
              pageId: article.pageId,
              revisionId: article.revisionId,
              itemId: article.itemId,
            }),
          );
        } catch (error) {
          conflicts.set(article, { error });
        }
      }
    }
    if (format && WIKIDATA_FORMATS.some((f) => f.id === format?.id)) {
      const links = [...conflicts.values()].flatMap((c) =>
        'error' in c ? [] : c.sides.flatMap((side) => side.combatants.flatMap((p) => (p.link ? [p.link] : []))),
      );
      const found = await fetchItemIds(links, {
        lang: values.lang,
        ...(values.api !== undefined ? { api: values.api } : {}),
      }).catch((error: unknown) => {
        io.stderr(formatFailure("the items of the parties' pages", error, io.debug === true));
        return new Map<string, string>();
      });
      // The map given with --items wins over what the API says.
      const wikiUrl = values.api !== undefined ? { wikiUrl: wikiUrlFromApi(values.api) } : {};
      format = findCliFormat(values.to, {
        ...wikidata,
        ...wikiUrl,
        items: { ...Object.fromEntries(found), ...wikidata.items },
      });
    }

    const sink = await openOutputSink({
      io,
      extension: format ? format.extension : '.wiki',
      outDir: values.out,
      json: format?.json === true,
      separator: format ? format.separator : '\n',
    });
    for (const article of result.articles) {
      try {
        const entry = { name: article.title, source: `"${article.title}"` };
        if (wikitext || !format) {
          report.articles++;
          const renamed = await sink.write(entry, article.text.endsWith('\n') ? article.text : `${article.text}\n`);
          if (renamed) io.stderr(`${formatRenamed(article.title, renamed)}\n`);
          continue;
        }
        const conflict = conflicts.get(article)!;
        if ('error' in conflict) throw conflict.error;
        const warnings = countArticle(report, conflict);
        const { text, notes } = (format as CliFormat).render(conflict);
        const renamed = await sink.write(entry, text);
        if (renamed) io.stderr(`${formatRenamed(article.title, renamed)}\n`);
        for (const note of notes) io.stderr(`${note}\n`);
        if (values.strict && warnings.length > 0) {
          for (const w of warnings) io.stderr(`${formatStrictWarning(article.title, w)}\n`);
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
