// Workers: the pool's size — fixed, or growing from `start` while tasks wait for workers that have started up.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GROW_AT, WorkerPool } from '../../src/workers/worker-pool.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');
const pools: WorkerPool[] = [];

function pool(size: number, start?: number): WorkerPool {
  const made = new WorkerPool(size, start === undefined ? {} : { start });
  pools.push(made);
  return made;
}

/** `count` tasks sent at once; resolves with their ids, each answered ok. */
async function burst(workers: WorkerPool, count: number, firstId = 0): Promise<number[]> {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) => workers.run({ id: firstId + i, text: seed, options: {} })),
  );
  expect(answers.every((a) => a.ok)).toBe(true);
  return answers.map((a) => a.id);
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('WorkerPool size', () => {
  it('starts every worker when no start is given', () => {
    expect(pool(3).size).toBe(3);
  });

  it('keeps one worker while tasks come one at a time', async () => {
    const workers = pool(2, 1);
    for (let id = 0; id < 3 * GROW_AT; id++) await burst(workers, 1, id);
    expect(workers.size).toBe(1);
  }, 60_000);

  it('does not grow while its first worker is still starting up, however many tasks wait', async () => {
    const workers = pool(2, 1);
    const ids = await burst(workers, 3 * GROW_AT);
    expect(ids).toEqual(Array.from({ length: 3 * GROW_AT }, (_, i) => i));
    expect(workers.size).toBe(1);
  }, 60_000);

  it('adds a worker, up to its size, when more than GROW_AT tasks wait for started workers', async () => {
    const workers = pool(2, 1);
    await burst(workers, 1);
    await burst(workers, GROW_AT + 4, 1);
    expect(workers.size).toBe(2);
    // Never past the size it was given.
    await burst(workers, 4 * GROW_AT, 100);
    expect(workers.size).toBe(2);
  }, 60_000);
});
