// Dump: pages of a MediaWiki XML dump → Conflicts, pre-filtered cheaply and parsed on worker threads, in input order.
import { availableParallelism } from 'node:os';
import type { ParseOptions } from '../_lib/context.js';
import type { Conflict } from '../model/conflict.js';
import { decodedPage, type ReadPage } from './assemble-dump-page.js';
import { hasConflictInfobox, hasConflictInfoboxEncoded } from './conflict-infobox.js';
import type { DecoderKind } from './bzip2-decoders.js';
import { decompressDump } from './decompress-dump.js';
import { decodeExportText } from './scan-export-markup.js';
import { DumpError } from './dump-error.js';
import { runParseTask, type ParseAnswer, type ParseTask, type WorkerAnswer } from '../workers/parse-task.js';
import { readPagesUndecoded, type DumpPage } from './read-dump-pages.js';
import { WorkerPool } from '../workers/worker-pool.js';

export interface ParseDumpOptions {
  /**
   * Parse worker threads at most; 0 parses on the calling thread (default `os.availableParallelism()`). One starts
   * at first and more while conflict pages wait: decoding a .bz2 mostly leaves one enough, a plain .xml uses all.
   */
  workers?: number | undefined;
  /** Options for every parse; title, page id and revision id come from the dump. */
  parseOptions?: Omit<ParseOptions, 'title' | 'pageId' | 'revisionId'> | undefined;
  /**
   * A multistream dump's stream offsets (readStreamIndex of its index file): checked against the data, and where it
   * is cut for parallel decoding. Without them, stream boundaries are found in the data.
   */
  streamOffsets?: readonly number[] | undefined;
  /** bzip2 pieces decoded at once (default: `workers`, at least 1); more only helps a multistream dump. */
  decoders?: number | undefined;
  /** Compressed bytes of a multistream dump decoded as one piece (default 4 MiB): memory holds a few pieces per decoder. */
  pieceBytes?: number | undefined;
  /** The bzip2 decoder (default `native`: the lbzip2 program when on PATH, else bzip2, else JavaScript). */
  decoder?: DecoderKind | undefined;
  /** Called after each page read (throttle on your side). */
  onProgress?: ((stats: DumpStats) => void) | undefined;
}

export interface DumpStats {
  /** <page>s read. */
  pages: number;
  /** Skipped: redirects, pages outside namespace 0, pages with no conflict infobox. */
  redirects: number;
  otherNamespaces: number;
  noInfobox: number;
  /** Pages parsed into a Conflict. */
  conflicts: number;
  /** Pages whose parse threw. */
  failed: number;
}

/** One page's result; `json` is the Conflict as JSON text (from a worker as is: writing it costs nothing). */
export type DumpResult =
  | { ok: true; page: DumpPage; conflict: Conflict; json: string }
  | { ok: false; page: DumpPage; error: string };

type PageVerdict = 'redirect' | 'other-namespace' | 'no-infobox' | 'conflict';

/**
 * Says whether a dump page goes to the parser: articles (namespace 0), not redirects, holding a conflict infobox.
 * @example classifyPage({ title: 'X', ns: 0, pageId: 1, revisionId: 2, redirect: null, text: '{{Infobox battle|…}}' }) // 'conflict'
 */
export function classifyPage(page: DumpPage): PageVerdict {
  if (page.redirect !== null || isRedirectText(page.text)) return 'redirect';
  if (page.ns !== 0) return 'other-namespace';
  return hasConflictInfobox(page.text) ? 'conflict' : 'no-infobox';
}

// Sticky, so only the start of the text is tried: `^` alone still had V8 try every position of every page.
const REDIRECT_TEXT = /[ \t\n]*#redirect/iy;

function isRedirectText(text: string): boolean {
  REDIRECT_TEXT.lastIndex = 0;
  return REDIRECT_TEXT.test(text);
}

/**
 * classifyPage of a page whose text may still be undecoded. Both patterns are ASCII apart from the `<` of `<!--`, so
 * they read the raw bytes alike, unless a character reference (`&#…;`) could stand for one of their characters:
 * only then is the text decoded first, in the page, so it is decoded once. Most pages are skipped without their
 * text ever being decoded.
 */
export function classifyReadPage(page: ReadPage): PageVerdict {
  if (page.encodedText?.includes('&#')) {
    page.text = decodeExportText(page.encodedText);
    page.encodedText = null;
  }
  const raw = page.encodedText;
  if (raw === null) return classifyPage(page);
  if (page.redirect !== null || isRedirectText(raw)) return 'redirect';
  if (page.ns !== 0) return 'other-namespace';
  return hasConflictInfoboxEncoded(raw) ? 'conflict' : 'no-infobox';
}

/** A page's result whose object and JSON text are each made from the other when first asked for. */
function okResult(page: DumpPage, answer: { conflict: Conflict } | { json: string }): DumpResult {
  let conflict = 'conflict' in answer ? answer.conflict : undefined;
  let json = 'json' in answer ? answer.json : undefined;
  return {
    ok: true,
    page,
    get conflict(): Conflict {
      return (conflict ??= JSON.parse(json!) as Conflict);
    },
    get json(): string {
      return (json ??= JSON.stringify(conflict));
    },
  };
}

/** The dump's pages (text undecoded), with a DumpError that says how many pages were read before the broken data. */
async function* readPagesCounted(bytes: AsyncIterable<Uint8Array>, stats: DumpStats): AsyncGenerator<ReadPage> {
  try {
    yield* readPagesUndecoded(bytes);
  } catch (error) {
    if (!(error instanceof DumpError) || error.pagesRead !== undefined) throw error;
    const counted = new DumpError(
      error.code,
      `${error.message}; ${stats.pages} page${stats.pages === 1 ? '' : 's'} read before it`,
      error.cause,
    );
    counted.pagesRead = stats.pages;
    throw counted;
  }
}

/**
 * Streams a MediaWiki XML export or pages-articles dump (plain or bzip2) and yields a result per conflict article,
 * in the order the pages appear, with title, page id and revision id set. Redirects, other namespaces and pages
 * without a conflict infobox are skipped before any parse. Memory stays bounded: at most 16 pages per worker
 * are in flight.
 * @example
 * for await (const r of parseDump(fs.createReadStream('enwiki-pages-articles.xml.bz2'), { workers: 2 }))
 *   if (r.ok) console.log(r.conflict.title, r.conflict.sides.length);
 */
export async function* parseDump(
  source: AsyncIterable<Uint8Array | string>,
  options: ParseDumpOptions = {},
): AsyncGenerator<DumpResult, DumpStats> {
  const workers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const stats: DumpStats = { pages: 0, redirects: 0, otherNamespaces: 0, noInfobox: 0, conflicts: 0, failed: 0 };
  const pool = workers > 0 ? new WorkerPool(workers, { start: 1 }) : null;
  const inFlight: { page: DumpPage; answer: Promise<ParseAnswer | WorkerAnswer> }[] = [];
  // Results leave in page order, so one long page holds the line: enough pages in flight keep the other workers
  // busy meanwhile (4 per worker left them idle for a third of a run); memory stays bounded, a few MB.
  const maxInFlight = Math.max(1, workers * 16);
  let nextId = 0;

  const settle = async (): Promise<DumpResult> => {
    const { page, answer } = inFlight.shift()!;
    const result = await answer;
    if (result.ok && 'rendered' in result) throw new Error('a dump task answered with rendered text');
    if (result.ok) stats.conflicts++;
    else stats.failed++;
    return result.ok ? okResult(page, result) : { ok: false, page, error: result.error };
  };

  try {
    const bytes = decompressDump(source, {
      decoders: options.decoders ?? Math.max(1, workers),
      streamOffsets: options.streamOffsets,
      pieceBytes: options.pieceBytes,
      decoder: options.decoder,
    });
    for await (const read of readPagesCounted(bytes, stats)) {
      stats.pages++;
      const verdict = classifyReadPage(read);
      if (verdict === 'redirect') stats.redirects++;
      else if (verdict === 'other-namespace') stats.otherNamespaces++;
      else if (verdict === 'no-infobox') stats.noInfobox++;
      if (verdict === 'conflict') {
        const page = decodedPage(read);
        const task: ParseTask = {
          id: nextId++,
          text: page.text,
          options: {
            ...options.parseOptions,
            title: page.title,
            ...(page.pageId !== null ? { pageId: page.pageId } : {}),
            ...(page.revisionId !== null ? { revisionId: page.revisionId } : {}),
          },
        };
        inFlight.push({
          page: { ...page, text: '' },
          answer: pool ? pool.run(task) : Promise.resolve(runParseTask(task)),
        });
      }
      options.onProgress?.(stats);
      while (inFlight.length >= maxInFlight) yield await settle();
    }
    while (inFlight.length > 0) yield await settle();
    options.onProgress?.(stats);
    return stats;
  } finally {
    await pool?.close();
  }
}
