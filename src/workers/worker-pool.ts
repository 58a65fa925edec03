// Workers: a pool of parse worker threads (fixed, or growing while tasks wait); each task resolves with its answer,
// a crashed worker is replaced.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseTask, WorkerAnswer } from './parse-task.js';

interface Pending {
  task: ParseTask;
  resolve: (answer: WorkerAnswer) => void;
}

interface Slot {
  worker: Worker;
  /** Has answered a task: started up (a worker's first parse also compiles the parser). */
  warm: boolean;
  /** Tasks sent and not yet answered, oldest first: a worker answers in the order it is sent tasks. */
  tasks: Pending[];
}

/**
 * Tasks a worker holds at once: the next one waits in its queue while it parses the current, so it never idles
 * for the round trip to the main thread (with articles parsed in a few milliseconds, that idle time adds up).
 */
const IN_FLIGHT = 2;

/**
 * Each worker's young generation, in MiB. A parse makes many short-lived objects; with V8's default, two workers'
 * collections contend (they share the process's GC helper threads) so much that a second worker barely helped.
 * With room for a few articles' garbage between collections, they scale (docs/performance.md).
 */
export const YOUNG_GENERATION_MB = 128;

/**
 * How to start a worker. Built, this code sits in dist/ beside dump-worker.js (ESM or CJS alike). Run from source
 * (tests, tsx), it sits beside parse-worker.ts: a tiny bootstrap registers tsx in the thread first, since neither
 * `execArgv: ['--import', 'tsx']` nor tsx's own loader entry take effect inside a worker on Node 20.
 */
export function locateWorker(): { script: string | URL; eval: boolean } {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) return { script: new URL('./dump-worker.js', here), eval: false };
  // tsx's ESM `register()` (its CommonJS build mis-resolves when registered in a worker), found through its exports map.
  const tsxManifest = createRequire(here).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(tsxManifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = new URL(manifest.exports['./esm/api']!.import.default, pathToFileURL(tsxManifest)).href;
  const entry = new URL('./parse-worker.ts', here).href;
  return {
    script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    eval: true,
  };
}

export interface WorkerPoolOptions {
  /** Let an idle worker not keep the process alive (a pool kept for later batches); busy workers always do. */
  unrefWhenIdle?: boolean;
  /**
   * Workers started at first (default: all); one more, up to the pool's size, each time more than GROW_AT tasks
   * wait for workers that have all started up. For work that often leaves one worker enough, where each idle one
   * still costs its start-up and a heap.
   */
  start?: number;
}

/** Tasks waiting for a worker that make a growing pool start another: a few parses' worth, more than a burst. */
export const GROW_AT = 8;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly location = locateWorker();
  private readonly unrefWhenIdle: boolean;
  private readonly maxSize: number;
  private closed = false;

  constructor(size: number, options: WorkerPoolOptions = {}) {
    this.unrefWhenIdle = options.unrefWhenIdle ?? false;
    this.maxSize = Math.max(1, size);
    const start = Math.min(this.maxSize, Math.max(1, options.start ?? this.maxSize));
    for (let i = 0; i < start; i++) this.slots.push(this.spawn());
  }

  /** How many workers the pool runs now. */
  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const worker = new Worker(this.location.script, {
      eval: this.location.eval,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, warm: false, tasks: [] };
    if (this.unrefWhenIdle) worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      slot.warm = true;
      slot.tasks.shift()?.resolve(answer);
      this.dispatch();
      if (this.unrefWhenIdle && slot.tasks.length === 0) worker.unref();
    });
    // A worker that dies (out of memory, a crash) fails the task it was on only; the tasks waiting behind it go
    // back to the queue, and a fresh worker takes its place.
    const fail = (reason: string): void => {
      const [current, ...waiting] = slot.tasks;
      slot.tasks = [];
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.queue.unshift(...waiting);
      current?.resolve({ id: current.task.id, ok: false, error: `worker failed: ${reason}` });
      this.dispatch();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
    return slot;
  }

  private dispatch(): void {
    // Fill the emptiest workers first, one task at a time, so a short queue spreads over every worker.
    for (let depth = 0; depth < IN_FLIGHT; depth++) {
      for (const slot of this.slots) {
        if (slot.tasks.length > depth) continue;
        const next = this.queue.shift();
        if (!next) return;
        slot.tasks.push(next);
        if (this.unrefWhenIdle) slot.worker.ref();
        slot.worker.postMessage(next.task);
      }
    }
  }

  /** A backlog the running workers have not cleared though started up: one starting up is not slow, only new. */
  private shouldGrow(): boolean {
    return this.queue.length > GROW_AT && this.slots.length < this.maxSize && this.slots.every((s) => s.warm);
  }

  run(task: ParseTask): Promise<WorkerAnswer> {
    if (this.closed) return Promise.resolve({ id: task.id, ok: false, error: 'pool closed' });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      if (this.shouldGrow()) this.slots.push(this.spawn());
      this.dispatch();
    });
  }

  /** Stops every worker; tasks not yet answered are answered `ok: false` with the error `pool closed`. */
  async close(): Promise<void> {
    this.closed = true;
    const unanswered = [...this.slots.flatMap((s) => s.tasks.splice(0)), ...this.queue.splice(0)];
    for (const p of unanswered) p.resolve({ id: p.task.id, ok: false, error: 'pool closed' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
