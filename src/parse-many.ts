// Batch API: many articles → Conflicts, spread over worker threads (a kept ParserPool) so N cores give ~N×.
import { availableParallelism } from 'node:os';
import type { ParseOptions } from './_lib/context.js';
import type { Conflict } from './model/conflict.js';
import { parseConflict } from './parse-conflict.js';
import { checkTexts, checkWorkers, createParserPool, type ParserPool } from './parser-pool.js';

export interface ParseManyOptions extends ParseOptions {
  /** Worker threads to use; 0 parses in this thread. Default: the available cores, at most one per text. */
  workers?: number | undefined;
}

/**
 * Parses many articles with `parseConflict` on a pool of worker threads and resolves with the Conflicts in
 * input order. The workers stay (idle, not keeping the process alive) for the next batch of the same size; to
 * own the pool's lifetime, use createParserPool. A text that makes parseConflict throw (not a string, too large)
 * rejects with that same error; a worker that crashes is replaced and its text parsed again here. Options apply
 * to every text.
 * @example
 * const conflicts = await parseMany([waterlooWikitext, jutlandWikitext], { sections: false, workers: 2 });
 * conflicts[1]?.title; // 'Battle of Jutland'
 */
export async function parseMany(texts: readonly string[], options: ParseManyOptions = {}): Promise<Conflict[]> {
  checkTexts(texts);
  const { workers: requested, ...parseOptions } = options;
  checkWorkers(requested, 0);
  const workers = Math.min(requested ?? availableParallelism(), texts.length);
  if (workers === 0) return texts.map((text) => parseConflict(text, parseOptions));
  const lease = leasePool(workers);
  try {
    return await lease.pool.parseMany(texts, parseOptions);
  } finally {
    await lease.release();
  }
}

// The pool kept between batches: a fresh worker spends seconds of CPU loading and warming up (JIT) before it
// parses at full speed, which on a batch of a hundred articles costs a third of the gain of a second core.
let kept: { pool: ParserPool; busy: number } | null = null;

/** The kept pool when it has the wanted size (replacing it when idle and of another size), else a pool of its own. */
function leasePool(size: number): { pool: ParserPool; release: () => Promise<void> } {
  if (kept !== null && kept.pool.size !== size && kept.busy === 0) {
    void kept.pool.close();
    kept = null;
  }
  if (kept === null) kept = { pool: createParserPool({ workers: size }), busy: 0 };
  const entry = kept;
  if (entry.pool.size === size) {
    entry.busy++;
    return { pool: entry.pool, release: async () => void entry.busy-- };
  }
  const own = createParserPool({ workers: size });
  return { pool: own, release: () => own.close() };
}
