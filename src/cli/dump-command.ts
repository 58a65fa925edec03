// CLI command `dump <file.xml|file.xml.bz2|->`: every conflict article of a MediaWiki dump to NDJSON (or Wikidata statements).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseDump, type DumpStats } from '../dump/parse-dump.js';
import { DECODER_KINDS, findDecoderProgram, type DecoderKind } from '../dump/bzip2-decoders.js';
import { readStreamIndex } from '../dump/read-stream-index.js';
import { formatStrictWarning, strictWarnings } from './batch-report.js';
import { WIKIDATA_FORMATS, findCliFormat, readWikidataOptions } from './cli-formats.js';
import { CliFailure, EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { formatFailure } from './describe-failure.js';
import { formatDuration, plural } from './format-duration.js';
import { parseCommandArgs } from './parse-command-args.js';
import { createProgressLine } from './progress-line.js';
import { openAtomicStream, type AtomicStream } from './write-file-atomic.js';
import { parseWorkers } from './workers-option.js';

const USAGE = `Usage: wikiconflict dump <file.xml|file.xml.bz2|-> [--workers N] [--out file.ndjson] [--infobox-only] [--strict]
       [--index file-index.txt.bz2] [--decoder native|lbzip2|bzip2|javascript]
       [--to ndjson|quickstatements|wikidata-json] [--items map.tsv] [--lang en]

Stream a MediaWiki XML export or pages-articles dump (bzip2 or not, detected from its first bytes) without
loading it into memory, and write one compact Conflict per line (NDJSON) for every article that holds a
conflict infobox, with title, pageId and revisionId. Redirects, pages outside the article namespace and
pages without {{Infobox military conflict}} (or battle, war, conflict, warbox) are skipped before parsing.
Output is in the order of the pages in the dump. A multistream dump (pages-articles-multistream.xml.bz2) is
decompressed in parallel, N pieces at once, by the lbzip2 or bzip2 program when one is installed (else in
JavaScript); a single-stream .bz2 by lbzip2 on N threads, or by bzip2 on one.

Options:
  --workers N     parser threads at most (default ${availableParallelism()}, the number of CPUs; 0 parses on the main
                  thread); one starts at first, more while conflict pages wait for it
  --out FILE      write the NDJSON to FILE (appears only when complete) instead of stdout; a FIFO or device
                  is written into as stdout would be, a symbolic link followed only within its folder
  --infobox-only  skip the lead and sections: much faster
  --index FILE    the multistream dump's index (…-multistream-index.txt.bz2): its stream offsets are checked
                  against the dump and used to cut it (without it, streams are found in the data)
  --decoder NAME  native (default: lbzip2 when installed, else bzip2, else javascript), lbzip2, bzip2 or
                  javascript (unbzip2-stream, no program needed)
  --to FORMAT     ndjson (default); quickstatements (QuickStatements v1 commands) or wikidata-json (one
                  Wikibase statement document per line): Wikidata statements about each conflict's item;
                  figures left out are said on stderr (quickstatements) or listed in "skipped"
  --items FILE    "title<TAB>Q123" lines: the Wikidata items of the dump's pages, parties, sources, subjects
                  (a dump does not carry them); the others stay marked UNRESOLVED[…]
  --lang CODE     the dump's Wikipedia language (default en), for the statements' reference
  --strict        count a conflict with warnings as failed: its warnings on stderr, exit code 1 (its line is
                  still written)
  --debug         print the stack of an unexpected error
  -h, --help      this help

Progress (share of the file read, pages, conflicts, MB/s, time left) is drawn on stderr when it is a terminal;
a summary line ends.
A file that is not XML (binary, empty) fails with the parser's position; an interrupted or failed run leaves
no --out file behind.

${EXIT_CODES_HELP} (1 also when the dump could not be read)
`;

/** The summary line; `failed` counts pages that could not be parsed and, with --strict, conflicts with warnings. */
function describeStats(stats: DumpStats, failed: number, elapsedMs: number): string {
  const skipped = `skipped ${plural(stats.redirects, 'redirect')}, ${stats.otherNamespaces} in other namespaces, ${stats.noInfobox} without conflict infobox`;
  return `dump: ${plural(stats.pages, 'page')} (${skipped}), ${plural(stats.conflicts, 'conflict')}, ${failed} failed in ${formatDuration(elapsedMs)}`;
}

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);

/**
 * The progress line: bytes read (of the file's size, with the share and the time left when it is known), pages,
 * conflicts, and the rate of reading the file.
 * @example describeProgress(stats, 5e6, 20e6, 1000) // '5.0 of 20.0 MB (25%), 1,000 pages, 20 conflicts, 5.0 MB/s, 3 s left'
 */
export function describeProgress(stats: DumpStats, bytesRead: number, size: number | null, elapsedMs: number): string {
  const seconds = Math.max(0.001, elapsedMs / 1000);
  const rate = bytesRead / seconds;
  const read = size
    ? `${megabytes(bytesRead)} of ${megabytes(size)} MB (${Math.floor((100 * bytesRead) / size)}%)`
    : `${megabytes(bytesRead)} MB`;
  const left =
    size && rate > 0 && bytesRead > 0
      ? `, ${formatDuration(Math.max(0, ((size - bytesRead) / rate) * 1000)).replace(/\.\d s$/, ' s')} left`
      : '';
  return `${read}, ${plural(stats.pages, 'page')}, ${plural(stats.conflicts, 'conflict')}, ${megabytes(rate)} MB/s${left}`;
}

/**
 * Bad input, not a bug: the XML parser (saxes) reports it as "line:column: message". Broken bzip2 data is a
 * DumpError already, which prints as it is.
 */
function asDumpFailure(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = error.message.split('\n', 1)[0]!;
  if (/^\d+:\d+: /.test(message)) return new CliFailure(`not a valid XML dump: ${message}`);
  return error;
}

export const dumpCommand: Command = {
  name: 'dump',
  summary: 'stream a MediaWiki XML dump (.xml or .xml.bz2) to NDJSON or Wikidata statements',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      workers: { type: 'string' },
      out: { type: 'string' },
      'infobox-only': { type: 'boolean' },
      strict: { type: 'boolean' },
      to: { type: 'string', default: 'ndjson' },
      items: { type: 'string' },
      lang: { type: 'string' },
      index: { type: 'string' },
      decoder: { type: 'string', default: 'native' },
    });
    if (positionals.length !== 1) throw new UsageError('dump takes exactly one file, or - for standard input');
    const ids = ['ndjson', ...WIKIDATA_FORMATS.map((f) => f.id)];
    if (!ids.includes(values.to)) throw new UsageError(`--to must be one of ${ids.join('|')}, not "${values.to}"`);
    // ndjson writes the workers' JSON text as it is; the Wikidata formats render each Conflict here.
    const format = values.to === 'ndjson' ? null : findCliFormat(values.to, await readWikidataOptions(values))!;
    const workers = parseWorkers(values.workers) ?? availableParallelism();
    const decoder = parseDecoder(values.decoder);
    const path = positionals[0]!;
    const debug = io.debug === true;
    let size: number | null = null;
    if (path !== '-') {
      const info = await stat(path).catch((error: unknown) => error as Error);
      const problem =
        info instanceof Error ? info : info.isDirectory() ? new CliFailure('is a folder, not a dump file') : null;
      if (problem) {
        io.stderr(formatFailure(path, problem, debug));
        return EXIT.failed;
      }
      size = (info as { size: number }).size;
    }
    let streamOffsets: number[] | undefined;
    if (values.index !== undefined) {
      try {
        streamOffsets = await readStreamIndex(createReadStream(values.index));
      } catch (error) {
        io.stderr(formatFailure(`--index ${values.index}`, error, debug));
        return EXIT.failed;
      }
    }
    let out: AtomicStream | null = null;
    if (values.out !== undefined) {
      try {
        // Opened before reading, so an unwritable --out fails at once instead of after the whole dump.
        if ((await stat(values.out).catch(() => null))?.isDirectory()) throw new CliFailure('is a folder, not a file');
        out = await openAtomicStream(values.out);
      } catch (error) {
        io.stderr(formatFailure(`--out ${values.out}`, error, debug));
        return EXIT.failed;
      }
    }

    const started = Date.now();
    const progress = createProgressLine(io, io.isTTY === true, 200);
    const write = async (text: string): Promise<void> => {
      if (out) await out.write(text);
      else if (io.stdout(text) === false) await io.drain?.();
    };
    // Read in large chunks: the pieces decoded in parallel are a few MB each.
    const file = path === '-' ? io.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
    let bytesRead = 0;
    const source = (async function* () {
      for await (const chunk of file as AsyncIterable<Uint8Array | string>) {
        bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
        yield chunk;
      }
    })();
    let stats: DumpStats = { pages: 0, redirects: 0, otherNamespaces: 0, noInfobox: 0, conflicts: 0, failed: 0 };
    let strictFailed = 0;
    try {
      const results = parseDump(source, {
        workers,
        streamOffsets,
        decoder,
        ...(values['infobox-only'] ? { parseOptions: { sections: false } } : {}),
        onProgress: (s) => {
          stats = s;
          progress.update(describeProgress(s, bytesRead, size, Date.now() - started));
        },
      });
      for await (const result of results) {
        // The worker's JSON text as is: the same line renderNdjsonLine would write, without reading it back.
        if (!result.ok) {
          progress.log(`wikiconflict: ${result.page.title}: ${result.error.split('\n', 1)[0]}`);
          continue;
        }
        if (format) {
          const { text, notes } = format.renderLine(result.conflict);
          await write(text);
          for (const note of notes) progress.log(note);
        } else await write(`${result.json}\n`);
        // Only --strict reads the warnings: the Conflict is then parsed back from the worker's JSON text.
        const warnings = values.strict ? strictWarnings(result.conflict) : [];
        for (const w of warnings) progress.log(formatStrictWarning(result.page.title, w));
        if (warnings.length > 0) strictFailed++;
      }
      await out?.commit();
    } catch (error) {
      await out?.abort();
      progress.done();
      io.stderr(formatFailure(path, asDumpFailure(error), debug));
      return EXIT.failed;
    }
    progress.done();
    const failed = stats.failed + strictFailed;
    io.stderr(`${describeStats(stats, failed, Date.now() - started)}\n`);
    return failed > 0 ? EXIT.failed : EXIT.ok;
  },
};

/** `--decoder`: one of DECODER_KINDS, and a program that is on PATH. */
function parseDecoder(value: string): DecoderKind {
  const kind = DECODER_KINDS.find((k) => k === value);
  if (kind === undefined) throw new UsageError(`--decoder must be one of ${DECODER_KINDS.join('|')}, not "${value}"`);
  if ((kind === 'lbzip2' || kind === 'bzip2') && findDecoderProgram(kind) === null)
    throw new UsageError(`--decoder ${kind}: the ${kind} program is not on PATH`);
  return kind;
}
