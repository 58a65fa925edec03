// Batch API: a pool of parse worker threads that the caller owns — parse articles on it for as long as it lives, then close it.
import { availableParallelism } from 'node:os';
import type { ParseOptions } from './_lib/context.js';
import { InputError } from './_lib/errors.js';
import type { WorkerAnswer } from './workers/parse-task.js';
import { WorkerPool } from './workers/worker-pool.js';
import type { Conflict } from './model/conflict.js';
import { parseConflict } from './parse-conflict.js';

export interface ParserPoolOptions {
  /** Worker threads, ≥ 1. Default: the available cores. */
  workers?: number | undefined;
}

export interface ParserPool {
  /** How many worker threads the pool runs. */
  readonly size: number;
  /** parseConflict on a worker. */
  parse(text: string, options?: ParseOptions): Promise<Conflict>;
  /** parseConflict on the workers for each text, resolved in input order. */
  parseMany(texts: readonly string[], options?: ParseOptions): Promise<Conflict[]>;
  /**
   * parseMany's Conflicts as JSON text (`JSON.stringify(conflict)`), as the workers wrote them: for output that is
   * written out, this thread then never builds the objects, which on few cores is what limits parseMany.
   */
  parseManyJson(texts: readonly string[], options?: ParseOptions): Promise<string[]>;
  /** Stops the workers; calls still waiting reject with InputError `pool-closed`. */
  close(): Promise<void>;
}

/** Throws InputError `invalid-option` unless `workers` is a whole number ≥ `min`. */
export function checkWorkers(workers: unknown, min: number): void {
  if (workers !== undefined && !(Number.isInteger(workers) && (workers as number) >= min)) {
    throw new InputError('invalid-option', `workers must be a whole number ≥ ${min}, got ${String(workers)}.`);
  }
}

/** Throws InputError `not-a-string` unless `texts` is an array of strings. */
export function checkTexts(texts: unknown): asserts texts is readonly string[] {
  if (!Array.isArray(texts))
    throw new InputError('not-a-string', `parseMany expects an array of strings, got ${typeof texts}.`);
  texts.forEach((text, i) => {
    if (typeof text !== 'string')
      throw new InputError('not-a-string', `parseMany expects strings; item ${i} is ${typeof text}.`);
  });
}

/**
 * Starts a pool of parse worker threads. A fresh worker spends seconds of CPU warming up (JIT), so a long-lived
 * program that parses articles as they come keeps one pool. Idle workers do not keep the process alive.
 * A text that makes parseConflict throw (not a string, too large) rejects with that same error; a worker that
 * crashes is replaced and its text parsed again in this thread.
 * @example
 * const pool = createParserPool({ workers: 2 });
 * const [waterloo, jutland] = await pool.parseMany([waterlooWikitext, jutlandWikitext]);
 * const seed = await pool.parse(seedText, { sections: false });
 * await pool.close();
 */
export function createParserPool(options: ParserPoolOptions = {}): ParserPool {
  checkWorkers(options.workers, 1);
  const workers = new WorkerPool(options.workers ?? availableParallelism(), { unrefWhenIdle: true });
  let closed = false;

  const closedError = (): InputError => new InputError('pool-closed', 'This ParserPool is closed.');
  // A failed answer is parsed again in this thread, so an input error is thrown with its own class and code.
  const settleJson = (answer: WorkerAnswer, text: string, parseOptions: ParseOptions): string => {
    if (closed) throw closedError();
    if (!answer.ok) return JSON.stringify(parseConflict(text, parseOptions));
    if (!('json' in answer)) throw new Error('a parse task answered with rendered text');
    return answer.json;
  };

  /** Each text's answer, read as it arrives (read at the end, the batch would wait for it), in input order. */
  const runAll = async <T>(
    texts: readonly string[],
    parseOptions: ParseOptions,
    read: (json: string) => T,
  ): Promise<T[]> => {
    checkTexts(texts);
    if (closed) throw closedError();
    // Longest texts first, so the batch does not end waiting on one big article.
    const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length);
    const results = new Array<Promise<T>>(texts.length);
    for (const i of order) {
      results[i] = workers
        .run({ id: i, text: texts[i]!, options: parseOptions })
        .then((answer) => read(settleJson(answer, texts[i]!, parseOptions)));
    }
    return await Promise.all(results);
  };

  const parseMany = (texts: readonly string[], parseOptions: ParseOptions = {}): Promise<Conflict[]> =>
    runAll(texts, parseOptions, (json) => JSON.parse(json) as Conflict);

  return {
    size: workers.size,
    async parse(text, parseOptions = {}) {
      if (typeof text !== 'string') throw new InputError('not-a-string', `parse expects a string, got ${typeof text}.`);
      return (await parseMany([text], parseOptions))[0]!;
    },
    parseMany,
    parseManyJson: (texts, parseOptions = {}) => runAll(texts, parseOptions, (json) => json),
    async close() {
      closed = true;
      await workers.close();
    },
  };
}
