// Dump: a fixed pool of parse worker threads; each task resolves with its answer, a crashed worker is replaced.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseAnswer, ParseTask } from './parse-task.js';

interface Slot {
  worker: Worker;
  task: { task: ParseTask; resolve: (answer: ParseAnswer) => void } | null;
}

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
  const manifest = JSON.parse(readFileSync(tsxManifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(manifest.exports['./esm/api']!.import.default, pathToFileURL(tsxManifest)).href;
  const entry = new URL('./parse-worker.ts', here).href;
  return { script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, eval: true };
}

export interface WorkerPoolOptions {
  /** Let an idle worker not keep the process alive (a pool kept for later batches); busy workers always do. */
  unrefWhenIdle?: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: ParseTask; resolve: (answer: ParseAnswer) => void }[] = [];
  private readonly location = locateWorker();
  private readonly unrefWhenIdle: boolean;
  private closed = false;

  constructor(size: number, options: WorkerPoolOptions = {}) {
    this.unrefWhenIdle = options.unrefWhenIdle ?? false;
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  /** How many workers the pool runs. */
  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const worker = new Worker(this.location.script, { eval: this.location.eval });
    const slot: Slot = { worker, task: null };
    if (this.unrefWhenIdle) worker.unref();
    worker.on('message', (answer: ParseAnswer) => {
      const current = slot.task;
      slot.task = null;
      current?.resolve(answer);
      this.dispatch();
      if (this.unrefWhenIdle && slot.task === null) worker.unref();
    });
    // A worker that dies (out of memory, a crash) fails its task only; a fresh one takes its place.
    const fail = (reason: string): void => {
      const current = slot.task;
      slot.task = null;
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      current?.resolve({ id: current.task.id, ok: false, error: `worker failed: ${reason}` });
      this.dispatch();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.task = next;
      if (this.unrefWhenIdle) slot.worker.ref();
      slot.worker.postMessage(next.task);
    }
  }

  /** Parses one task on the next free worker. */
  run(task: ParseTask): Promise<ParseAnswer> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; pending tasks are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
