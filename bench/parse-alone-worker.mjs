// Benchmark support (bench/batch.ts): a worker thread that parses its batch on its own — no pool, no answers for the
// main thread to read — so N of them show what N threads of this parser get from this machine at all.
// Plain JavaScript, so the thread loads no TypeScript compiler; it parses with the built package.
import { parentPort, workerData } from 'node:worker_threads';

const { parseConflict } = await import(workerData.built);
const texts = workerData.texts;

// Each message asks for that many passes over the batch; the answer is the count of articles parsed. Each result
// is turned into JSON text, as a pool's worker does before it answers.
parentPort.on('message', (passes) => {
  let parsed = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const text of texts) {
      if (JSON.stringify(parseConflict(text)).length === 0) throw new Error('empty result');
      parsed++;
    }
  }
  parentPort.postMessage(parsed);
});
