// Benchmark: batch throughput with 1 and N worker threads (`npm run bench`, after bench.ts) — parseMany on two kept
// ParserPools beside lone workers (the machine's reference), the convert command, and the dump path. Not a test: it prints a table and writes
// bench/batch-results.json. Run in a process of its own: the main thread's heap from bench.ts (wikiparser-node's
// trees, the memory run) would otherwise be collected on the workers' clock.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { YOUNG_GENERATION_MB } from '../src/workers/worker-pool.js';
import type * as Package from '../src/index.js';
import { loadArticles, median, quantile } from './bench-articles.js';

const root = new URL('../', import.meta.url);
const built = new URL('dist/index.js', root);
// Workers start from dist/ (run from source, each would first spend seconds compiling TypeScript).
if (!existsSync(built)) throw new Error('bench/batch.ts runs the built package: npm run build first');
const { createParserPool, parseConflict, parseDump } = (await import(built.href)) as typeof Package;

const maxWorkers = Math.max(2, availableParallelism());
const copies = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
const warmupBatches = Number(process.env.BENCH_BATCH_WARMUP ?? 30);
const turns = Number(process.env.BENCH_BATCH_TURNS ?? 16);
const perTurn = Number(process.env.BENCH_BATCH_MEASURED ?? 2);
const convertCopies = Number(process.env.BENCH_CONVERT_COPIES ?? 50);
const convertRounds = Number(process.env.BENCH_CONVERT_ROUNDS ?? 3);
const dumpCopies = Number(process.env.BENCH_DUMP_COPIES ?? 50);

const articles = loadArticles(root);
const batch = Array.from({ length: copies }, () => articles.map((a) => a.text)).flat();
const spread = (values: number[]) => ({
  median: median(values),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
});
const pad = (n: number, width = 7, digits = 1) => n.toFixed(digits).padStart(width);

// ---- parseMany: a pool of 1 and one of N workers, both kept warm, timed in alternating turns --------------------
// The machine is shared and its speed drifts over seconds, so the two counts take short turns (in alternating
// order) and each turn gives one ratio; the speed-up is the median of those ratios. Both pools are warmed first
// (2,520 articles per thread: a fresh worker's JIT keeps the compiler threads busy for its first ~1,000 articles,
// and rarely hot functions are first optimised after thousands) and stay warm: that is the steady state a long
// conversion runs in, and the cold first batch is reported beside it.
const pools = new Map([1, maxWorkers].map((n) => [n, createParserPool({ workers: n })]));
/**
 * Articles per second over `batches` batches: on the pool of `n` workers (as objects, or as JSON text with
 * `json`), or parseConflict in this thread for 0.
 */
async function rate(n: number, batches: number, json = false): Promise<number> {
  const t0 = performance.now();
  for (let k = 0; k < batches; k++) {
    const pool = pools.get(n);
    const results =
      n === 0
        ? batch.map((text) => parseConflict(text))
        : json
          ? await pool!.parseManyJson(batch)
          : await pool!.parseMany(batch);
    if (results.length !== batch.length) throw new Error('parseMany lost articles');
  }
  return (batch.length * batches) / ((performance.now() - t0) / 1000);
}
// ---- the reference: the same threads parsing on their own -----------------------------------------------------------
// N workers that each parse the batch with no pool around them (no messages per article, nothing built on the main
// thread) give what N threads of this parser can get from this machine: two busy threads slow each other through
// shared caches, memory and V8's helper threads. The pool's speed-up is read against this one, taken in the same
// turns (it is a reference, not a bound: with the machine's drift a pool's turn can come out above it).
const aloneWorkers = Array.from(
  { length: maxWorkers },
  () =>
    new Worker(new URL('parse-alone-worker.mjs', import.meta.url), {
      workerData: { built: built.href, texts: batch },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    }),
);
// A lone worker that fails ends the benchmark: its figures would be wrong.
for (const w of aloneWorkers)
  w.on('error', (error) => {
    throw error;
  });
const passOn = (worker: Worker, passes: number) =>
  new Promise<number>((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(passes);
  });
/** Articles per second of `n` lone workers, each parsing the batch `batches` times. */
async function aloneRate(n: number, batches: number): Promise<number> {
  const t0 = performance.now();
  const counts = await Promise.all(aloneWorkers.slice(0, n).map((w) => passOn(w, batches)));
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000);
}

const cold = { one: await rate(1, 1), many: await rate(maxWorkers, 1) };
// Every thread parses `warmupBatches` batches' worth: a pool of n workers gets n times the batches, or each of its
// workers would be less warm than the single worker it is compared with.
for (const n of [0, ...pools.keys()]) await rate(n, warmupBatches * Math.max(1, n));
await aloneRate(maxWorkers, warmupBatches);
const turnRates: { main: number; one: number; many: number; ratio: number; jsonRatio: number; aloneRatio: number }[] =
  [];
for (let t = 0; t < turns; t++) {
  const order = t % 2 === 0 ? [0, 1, maxWorkers] : [maxWorkers, 1, 0];
  const r = new Map<number, number>();
  for (const n of order) r.set(n, await rate(n, perTurn));
  // The same pools answering with JSON text (parseManyJson): this thread then builds no objects.
  const jsonOne = await rate(1, perTurn, true);
  const jsonMany = await rate(maxWorkers, perTurn, true);
  const aloneOne = await aloneRate(1, perTurn);
  const aloneMany = await aloneRate(maxWorkers, perTurn);
  turnRates.push({
    main: r.get(0)!,
    one: r.get(1)!,
    many: r.get(maxWorkers)!,
    ratio: r.get(maxWorkers)! / r.get(1)!,
    jsonRatio: jsonMany / jsonOne,
    aloneRatio: aloneMany / aloneOne,
  });
}
await Promise.all([...pools.values()].map((p) => p.close()));
await Promise.all(aloneWorkers.map((w) => w.terminate()));
const parseMany = {
  articles: batch.length,
  turns,
  mainThread: spread(turnRates.map((r) => r.main)),
  one: spread(turnRates.map((r) => r.one)),
  many: spread(turnRates.map((r) => r.many)),
  speedup: spread(turnRates.map((r) => r.ratio)),
  speedupOverMainThread: spread(turnRates.map((r) => r.many / r.main)),
  jsonSpeedup: spread(turnRates.map((r) => r.jsonRatio)),
  aloneSpeedup: spread(turnRates.map((r) => r.aloneRatio)),
  /** The pool's speed-up as a share of the lone workers' in the same turn. */
  poolEfficiency: spread(turnRates.map((r) => r.ratio / r.aloneRatio)),
  cold: { ...cold, speedup: cold.many / cold.one },
  loadAverage: loadavg()[0]!,
};
console.log(
  `parseMany, batches of ${batch.length} articles (full model), ${turns} turns of ${perTurn} batches per pool after ${warmupBatches} warm-up batches per thread:`,
);
console.log(
  `  main thread ${pad(parseMany.mainThread.median)} articles/s (parseConflict in a loop; quartiles ${pad(parseMany.mainThread.p25, 0)}–${pad(parseMany.mainThread.p75, 0)})`,
);
console.log(
  `  1 worker   ${pad(parseMany.one.median)} articles/s (quartiles ${pad(parseMany.one.p25, 0)}–${pad(parseMany.one.p75, 0)})`,
);
console.log(
  `  ${maxWorkers} workers  ${pad(parseMany.many.median)} articles/s (quartiles ${pad(parseMany.many.p25, 0)}–${pad(parseMany.many.p75, 0)})`,
);
console.log(
  `  speed-up ${parseMany.speedup.median.toFixed(2)}× over 1 worker (median of the turns' ratios; quartiles ${parseMany.speedup.p25.toFixed(2)}–${parseMany.speedup.p75.toFixed(2)}); ${parseMany.speedupOverMainThread.median.toFixed(2)}× over the main thread alone`,
);
console.log(
  `  parseManyJson (JSON text, no objects built here): ${parseMany.jsonSpeedup.median.toFixed(2)}× with ${maxWorkers} workers over 1 (quartiles ${parseMany.jsonSpeedup.p25.toFixed(2)}–${parseMany.jsonSpeedup.p75.toFixed(2)})`,
);
console.log(
  `  reference: ${maxWorkers} lone workers parsing on their own (no pool) ${parseMany.aloneSpeedup.median.toFixed(2)}× one (quartiles ${parseMany.aloneSpeedup.p25.toFixed(2)}–${parseMany.aloneSpeedup.p75.toFixed(2)}); parseMany reaches ${(100 * parseMany.poolEfficiency.median).toFixed(0)}% of it (median of the turns)`,
);
console.log(
  `  cold (first batch, pool start-up included): ${pad(cold.one, 0)} vs ${pad(cold.many, 0)} articles/s, ${parseMany.cold.speedup.toFixed(2)}×`,
);

// ---- the convert command: a folder of article files → one JSON file each -----------------------------------------
// The CLI as users run it: a fresh process per run, so start-up and each worker's JIT warm-up (about 2 s of CPU)
// are included; parseMany above shows the same workers' steady state. The counts run in turns, as above.
const cli = fileURLToPath(new URL('dist/cli.js', root));
const scratch = mkdtempSync(join(tmpdir(), 'wikiconflict-bench-'));
const sourceDir = join(scratch, 'src');
const inputDir = join(scratch, 'in');
mkdirSync(sourceDir);
mkdirSync(inputDir);
for (const a of articles) writeFileSync(join(sourceDir, a.file), a.text);
for (let c = 0; c < convertCopies; c++)
  for (const a of articles) linkSync(join(sourceDir, a.file), join(inputDir, `${c}-${a.file}`));
const convertFiles = convertCopies * articles.length;
const convertRuns: { workers: number; seconds: number; articlesPerS: number }[] = [];
try {
  for (let round = 0; round < convertRounds; round++) {
    for (const n of round % 2 === 0 ? [0, 1, maxWorkers] : [maxWorkers, 1, 0]) {
      const out = join(scratch, 'out');
      rmSync(out, { recursive: true, force: true });
      const t0 = performance.now();
      execFileSync(process.execPath, [cli, 'convert', inputDir, '--out', out, '--workers', String(n)], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const seconds = (performance.now() - t0) / 1000;
      convertRuns.push({ workers: n, seconds, articlesPerS: convertFiles / seconds });
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const convertRate = (n: number) => median(convertRuns.filter((r) => r.workers === n).map((r) => r.articlesPerS));
const convert = {
  files: convertFiles,
  rounds: convertRounds,
  runs: convertRuns,
  articlesPerS: Object.fromEntries([0, 1, maxWorkers].map((n) => [n, convertRate(n)])),
  speedup: convertRate(maxWorkers) / convertRate(1),
  speedupOverMainThread: convertRate(maxWorkers) / convertRate(0),
};
console.log(
  `\nconvert <folder> --out <folder>, ${convertFiles} files, a fresh process per run (median of ${convertRounds}):`,
);
for (const n of [0, 1, maxWorkers])
  console.log(`  ${n} worker${n === 1 ? ' ' : 's'}  ${pad(convertRate(n))} articles/s`);
console.log(
  `  speed-up ${convert.speedup.toFixed(2)}× with ${maxWorkers} workers over 1 (${convert.speedupOverMainThread.toFixed(2)}× over the main thread alone)`,
);

// ---- the dump command's path: parseDump over an XML export, each conflict written out as its JSON text --------
// A long run from a cold start (a fresh pool per run, as the CLI has): `dumpCopies` copies of every wikitext
// article. The workers' JSON text is written as it comes, so the main thread only moves strings.
function* chunksOf(text: string, size: number): Generator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const escapeXml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wikitextArticles = articles.filter((a) => a.file.endsWith('.wiki'));
const dumpXml = `<mediawiki>\n${Array.from({ length: dumpCopies }, (_, copy) =>
  wikitextArticles
    .map(
      (a, i) =>
        `<page><title>${escapeXml(a.file)} ${copy}</title><ns>0</ns><id>${copy * 1000 + i + 1}</id><revision><id>${copy * 1000 + i + 1}</id><text>${escapeXml(a.text)}</text></revision></page>`,
    )
    .join('\n'),
).join('\n')}\n</mediawiki>\n`;
const dumpRuns: {
  workers: number;
  conflicts: number;
  seconds: number;
  articlesPerS: number;
  steadyArticlesPerS: number;
}[] = [];
for (const n of [1, maxWorkers]) {
  const t0 = performance.now();
  // The steady rate leaves out the first half of the run, while the fresh workers warm up.
  const warmAfter = Math.floor((wikitextArticles.length * dumpCopies) / 2);
  let tWarm = t0;
  let conflicts = 0;
  let written = 0;
  // In 64 KiB chunks, as a file stream reads it (one huge chunk would be tokenised whole before any page is sent).
  for await (const r of parseDump(Readable.from(chunksOf(dumpXml, 1 << 16)), { workers: n })) {
    if (!r.ok) continue;
    conflicts++;
    if (conflicts === warmAfter) tWarm = performance.now();
    written += r.json.length;
  }
  const t1 = performance.now();
  if (written === 0) throw new Error('the dump run wrote nothing');
  dumpRuns.push({
    workers: n,
    conflicts,
    seconds: (t1 - t0) / 1000,
    articlesPerS: conflicts / ((t1 - t0) / 1000),
    steadyArticlesPerS: (conflicts - warmAfter) / ((t1 - tWarm) / 1000),
  });
}
const dump = {
  runs: dumpRuns,
  speedup: dumpRuns[1]!.steadyArticlesPerS / dumpRuns[0]!.steadyArticlesPerS,
  coldSpeedup: dumpRuns[1]!.articlesPerS / dumpRuns[0]!.articlesPerS,
};
console.log(
  `\nparseDump → JSON lines, ${dumpRuns[0]!.conflicts} conflict articles from a cold start (steady: the second half):`,
);
for (const d of dumpRuns)
  console.log(
    `  ${d.workers} worker${d.workers > 1 ? 's' : ' '}  ${pad(d.seconds, 6)} s  ${pad(d.articlesPerS)} articles/s whole run  ${pad(d.steadyArticlesPerS)} steady`,
  );
console.log(
  `  speed-up ${dump.speedup.toFixed(2)}× steady with ${maxWorkers} workers (${dump.coldSpeedup.toFixed(2)}× over the whole run)`,
);

writeFileSync(
  new URL('bench/batch-results.json', root),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, workers: maxWorkers, parseMany, convert, dump }, null, 2)}\n`,
);
