// Batch API: many articles → Conflicts, spread over worker threads (the dump command's pool) so N cores give ~N×.
import { availableParallelism } from 'node:os';
import type { ParseOptions } from './_lib/context.js';
import { InputError } from './_lib/errors.js';
import type { WorkerAnswer } from './dump/parse-task.js';
import { WorkerPool } from './dump/worker-pool.js';
import type { Conflict } from './model/conflict.js';
import { parseConflict } from './parse-conflict.js';

export interface ParseManyOptions extends ParseOptions {
  /** Worker threads to use; 0 parses in this thread. Default: the available cores, at most one per text. */
  workers?: number;
}

/**
 * Parses many articles with `parseConflict` on a pool of worker threads and resolves with the Conflicts in
 * input order. The workers stay (idle, not keeping the process alive) for the next batch of the same size. A text that makes parseConflict throw (not a string, too large) rejects with that same error;
 * a worker that crashes is replaced and its text parsed again here. Options apply to every text.
 * @example
 * const conflicts = await parseMany([waterlooWikitext, jutlandWikitext], { sections: false, workers: 2 });
 * conflicts[1]?.title; // 'Battle of Jutland'
 */
export async function parseMany(texts: readonly string[], options: ParseManyOptions = {}): Promise<Conflict[]> {
  if (!Array.isArray(texts)) throw new InputError('not-a-string', `parseMany expects an array of strings, got ${typeof texts}.`);
  const { workers: requested, ...parseOptions } = options;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 0)) {
    throw new InputError('invalid-option', `workers must be a whole number ≥ 0, got ${String(requested)}.`);
  }
  texts.forEach((text, i) => {
    if (typeof text !== 'string') throw new InputError('not-a-string', `parseMany expects strings; item ${i} is ${typeof text}.`);
  });
  const workers = Math.min(requested ?? availableParallelism(), texts.length);
  if (workers === 0) return texts.map((text) => parseConflict(text, parseOptions));

  const lease = leasePool(workers);
  try {
    // Longest texts first, so the batch does not end waiting on one big article; answers keep input order.
    const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length);
    // Each answer is read as it arrives, while the workers go on: read at the end, the batch would wait for it.
    const conflicts: Promise<Conflict>[] = new Array<Promise<Conflict>>(texts.length);
    for (const i of order) conflicts[i] = lease.pool.run({ id: i, text: texts[i]!, options: parseOptions }).then((answer) => settle(answer, texts[i]!, parseOptions));
    return await Promise.all(conflicts);
  } finally {
    await lease.release();
  }
}

// The pool kept between batches: a fresh worker spends seconds of CPU loading and warming up (JIT) before it
// parses at full speed, which on a batch of a hundred articles costs a third of the gain of a second core.
// Its idle workers do not keep the process alive.
let kept: { pool: WorkerPool; busy: number } | null = null;

/** The kept pool when it has the wanted size (replacing it when idle and of another size), else a pool of its own. */
function leasePool(size: number): { pool: WorkerPool; release: () => Promise<void> } {
  if (kept !== null && kept.pool.size !== size && kept.busy === 0) {
    void kept.pool.close();
    kept = null;
  }
  if (kept === null) kept = { pool: new WorkerPool(size, { unrefWhenIdle: true }), busy: 0 };
  const entry = kept;
  if (entry.pool.size === size) {
    entry.busy++;
    return { pool: entry.pool, release: async () => void entry.busy-- };
  }
  const own = new WorkerPool(size);
  return { pool: own, release: () => own.close() };
}

/** A failed answer is parsed again in this thread: the same input error is thrown with its own class and code. */
function settle(answer: WorkerAnswer, text: string, options: ParseOptions): Conflict {
  return answer.ok ? (JSON.parse(answer.json) as Conflict) : parseConflict(text, options);
}
