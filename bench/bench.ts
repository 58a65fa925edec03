// Benchmark: parse speed and memory against wtf_wikipedia over fixtures/ and ../shared/corpus/ (`npm run bench`).
// Not a test: it prints a table and writes bench/results.json so runs can be compared.
// Run with `node --import tsx/esm` (npm run bench): tsx's CommonJS hook would slow every lazy require()
// wikiparser-node makes while parsing (about 30%), a cost users of the built package never pay.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Parser from 'wikiparser-node';
import wtf from 'wtf_wikipedia';
import * as source from '../src/index.js';
import { readerSwitches } from '../src/02-read/wikitext/reader-switches.js';

interface Article {
  file: string;
  text: string;
}

const root = new URL('../', import.meta.url);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const warmup = Number(process.env.BENCH_WARMUP ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** cpu (default): this process's CPU time, steady on a shared machine; wall: elapsed time. */
const clock = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
const memoryParses = Number(process.env.BENCH_MEMORY_PARSES ?? 10_000);
const batchRounds = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
const batchWarmup = Number(process.env.BENCH_BATCH_WARMUP ?? 5);
const batchTurns = Number(process.env.BENCH_BATCH_TURNS ?? 3);
const dumpCopies = Number(process.env.BENCH_DUMP_COPIES ?? 50);
const batchMeasured = Number(process.env.BENCH_BATCH_MEASURED ?? 3);
const maxWorkers = Math.max(2, availableParallelism());

function loadArticles(): Article[] {
  const dirs = [new URL('fixtures/', root), new URL('../shared/corpus/', root)];
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(wiki|txt)$/.test(file) || seen.has(file) || file === 'README.md') continue;
      seen.add(file);
      articles.push({ file, text: readFileSync(new URL(file, dir), 'utf8') });
    }
  }
  return articles;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function now(): number {
  if (clock === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The full model by the reference path (every reader shortcut off), to show what the shortcuts gain. */
// The built package (npm run bench builds first), as users run it; from source only when there is no build.
const built = new URL('dist/index.js', root);
const pkg = (existsSync(built) ? await import(built.href) : source) as typeof source;
const { parseConflict, parseDump, parseMany } = pkg;

function fullReference(text: string): unknown {
  readerSwitches.cutApparatus = false;
  readerSwitches.lite = false;
  try {
    // The switches are internal: they act on the source modules, so the reference path runs from source.
    return source.parseConflict(text);
  } finally {
    readerSwitches.cutApparatus = true;
    readerSwitches.lite = true;
  }
}

const CASES = {
  full: (text: string) => parseConflict(text),
  fullRef: fullReference,
  noSections: (text: string) => parseConflict(text, { sections: false }),
  wikiparser: (text: string) => Parser.parse(text),
  wtf: (text: string) => {
    const doc = wtf(text);
    const boxes = doc.infoboxes().map((b) => b.json());
    const sections = doc.sections().map((s) => s.text({}));
    return [boxes, sections];
  },
} as const;
type CaseName = keyof typeof CASES;

Parser.config = 'enwiki';
const articles = loadArticles();
// The compared cases (ours and wtf_wikipedia) take turns: for each article and sample, every case once, so a slow
// spell of the (shared, virtual) machine falls on all of them alike. (A full GC before each sample would be fairer
// still, but V8 then drops compiled code and every case runs about 2.5× slower.) The reference cases
// (wikiparser-node, whose large trees would be collected on another's clock) run in passes of their own, after a
// full GC, once the compared cases are done.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
let peakRss = 0;
const PAIRED: readonly CaseName[] = ['full', 'noSections', 'wtf'];
const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, articles.map((): number[] => [])])) as Record<CaseName, number[][]>;
for (const name of Object.keys(CASES) as CaseName[]) for (let w = 0; w < warmup; w++) for (const a of articles) CASES[name](a.text);
gc();
articles.forEach((a, i) => {
  for (let r = 0; r < rounds * runs; r++) {
    for (const name of PAIRED) {
      const t0 = now();
      CASES[name](a.text);
      samples[name][i]!.push(now() - t0);
    }
  }
});
for (const name of (Object.keys(CASES) as CaseName[]).filter((c) => !PAIRED.includes(c))) {
  for (let r = 0; r < runs; r++) {
    gc();
    articles.forEach((a, i) => {
      const t0 = now();
      CASES[name](a.text);
      samples[name][i]!.push(now() - t0);
    });
  }
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const msByCase = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, s.map(median)])) as Record<CaseName, number[]>;
const rows = articles.map(({ file, text }, i) => {
  const bytes = Buffer.byteLength(text);
  const ms = Object.fromEntries(Object.keys(CASES).map((name) => [name, msByCase[name as CaseName][i]!])) as Record<CaseName, number>;
  return { file, bytes, ms, ratio: { full: ms.full / ms.wtf, noSections: ms.noSections / ms.wtf } };
});

const totalBytes = rows.reduce((s, r) => s + r.bytes, 0);
const total = Object.fromEntries(
  (Object.keys(CASES) as CaseName[]).map((name) => {
    const ms = rows.reduce((s, r) => s + r.ms[name], 0);
    return [name, { ms, mbPerS: totalBytes / 1e6 / (ms / 1000), ratio: ms / rows.reduce((s, r) => s + r.ms.wtf, 0) }];
  }),
) as Record<CaseName, { ms: number; mbPerS: number; ratio: number }>;
const medianRatio = {
  full: median(rows.filter((r) => r.bytes > 1000).map((r) => r.ratio.full)),
  noSections: median(rows.filter((r) => r.bytes > 1000).map((r) => r.ratio.noSections)),
};

const fmt = (n: number, d = 2) => n.toFixed(d).padStart(8);
console.log(`${clock === 'cpu' ? 'CPU' : 'wall'} ms, median of ${rounds * runs} samples per article (full, no-sec and wtf in turns; ref and wpn: ${runs}, in passes of their own)`);
console.log(`${'article'.padEnd(44)}${'KB'.padStart(8)}${'full'.padStart(8)}${'ref'.padStart(8)}${'no-sec'.padStart(8)}${'wpn'.padStart(8)}${'wtf'.padStart(8)}${'full/wtf'.padStart(9)}${'nosec/wtf'.padStart(10)}`);
for (const r of rows) {
  console.log(`${r.file.padEnd(44)}${fmt(r.bytes / 1024, 1)}${fmt(r.ms.full, 1)}${fmt(r.ms.fullRef, 1)}${fmt(r.ms.noSections, 1)}${fmt(r.ms.wikiparser, 1)}${fmt(r.ms.wtf, 1)}${fmt(r.ratio.full)} ${fmt(r.ratio.noSections)}`);
}
console.log(`\ntotal ${(totalBytes / 1e6).toFixed(2)} MB in ${rows.length} articles`);
for (const [name, t] of Object.entries(total)) console.log(`  ${name.padEnd(11)} ${t.ms.toFixed(0).padStart(7)} ms  ${t.mbPerS.toFixed(2).padStart(5)} MB/s  ${t.ratio.toFixed(2)}× wtf_wikipedia`);
console.log(`median ratio to wtf_wikipedia (articles > 1 KB): full ${medianRatio.full.toFixed(2)}, sections:false ${medianRatio.noSections.toFixed(2)}`);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);

// ---- batch throughput: parseMany (full model) with 1 and N workers, wall clock -------------------------------
// Each worker count is timed twice: cold (the first call starts the pool: thread start, module load, JIT warm-up)
// and warm, the steady state a long conversion runs in: after `batchWarmup` more calls on the pool parseMany
// keeps (a worker's JIT needs a few hundred articles to settle), the mean of `batchMeasured` calls. The speed-up
// is the warm one. The built package's parseMany (npm run bench builds first): run from source, each worker would
// spend seconds compiling TypeScript before its first article.
const batch = Array.from({ length: batchRounds }, () => articles.map((a) => a.text)).flat();
type BatchRun = { workers: number; pool: 'cold' | 'warm'; seconds: number; articlesPerS: number; cpuMsPerArticle: number; loadAverage: number };
const workers: BatchRun[] = [];
async function timeBatches(n: number, calls: number): Promise<Omit<BatchRun, 'workers' | 'pool'>> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let k = 0; k < calls; k++) await parseMany(batch, { workers: n });
  const seconds = (performance.now() - t0) / 1000 / calls;
  const c = process.cpuUsage(c0);
  // Worker threads count in this process's CPU time: a flat CPU cost per article means the workers do not slow
  // each other, so the wall-clock speed-up is what free cores give (other load on the machine lowers it).
  return { seconds, articlesPerS: batch.length / seconds, cpuMsPerArticle: (c.user + c.system) / 1000 / batch.length / calls, loadAverage: loadavg()[0]! };
}
// The counts take turns for `batchTurns` rounds (each change of count starts a new pool, so each turn warms up
// again); a count's warm rate is the median of its rounds, its cold rate that of its first start.
const warmRuns = new Map<number, Omit<BatchRun, 'workers' | 'pool'>[]>();
for (let round = 0; round < batchTurns; round++) {
  for (const n of [1, maxWorkers]) {
    const cold = await timeBatches(n, 1);
    if (round === 0) workers.push({ workers: n, pool: 'cold', ...cold });
    await timeBatches(n, batchWarmup);
    warmRuns.set(n, [...(warmRuns.get(n) ?? []), await timeBatches(n, batchMeasured)]);
  }
}
for (const [n, runs] of warmRuns) {
  const mid = [...runs].sort((a, b) => a.articlesPerS - b.articlesPerS)[runs.length >> 1]!;
  workers.push({ workers: n, pool: 'warm', ...mid });
}
const rate = (n: number, pool: 'cold' | 'warm'): number => workers.find((w) => w.workers === n && w.pool === pool)!.articlesPerS;
const speedup = rate(maxWorkers, 'warm') / rate(1, 'warm');
const coldSpeedup = rate(maxWorkers, 'cold') / rate(1, 'cold');
console.log(`\nparseMany, batches of ${batch.length} articles (full model; warm = median over ${batchTurns} rounds of the mean of ${batchMeasured} batches after ${batchWarmup} warm-up batches):`);
for (const w of workers) {
  console.log(`  ${w.workers} worker${w.workers > 1 ? 's' : ' '} ${w.pool}  ${w.seconds.toFixed(1).padStart(6)} s  ${w.articlesPerS.toFixed(1).padStart(6)} articles/s  ${w.cpuMsPerArticle.toFixed(0).padStart(5)} CPU ms/article  (load average ${w.loadAverage.toFixed(1)})`);
}
console.log(`  speed-up ${speedup.toFixed(2)}× with ${maxWorkers} warm workers (${coldSpeedup.toFixed(2)}× cold, pool start-up included)`);

// ---- the dump command's path: parseDump over an XML export, each conflict written out as its JSON text --------
// A long run from a cold start (a fresh pool per run, as the CLI has): `dumpCopies` copies of every wikitext
// article. The workers' JSON text is written as it comes, so the main thread only moves strings.
function* chunksOf(text: string, size: number): Generator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
type DumpRun = { workers: number; conflicts: number; seconds: number; articlesPerS: number; steadyArticlesPerS: number };
/** Runs the dump path with 1 and N workers; the XML lives only as long as the run, not through the memory test. */
async function runDump(): Promise<DumpRun[]> {
  const escapeXml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const wikitextArticles = articles.filter((a) => a.file.endsWith('.wiki'));
  const dumpXml = `<mediawiki>\n${Array.from({ length: dumpCopies }, (_, copy) =>
    wikitextArticles.map((a, i) => `<page><title>${escapeXml(a.file)} ${copy}</title><ns>0</ns><id>${copy * 1000 + i + 1}</id><revision><id>${copy * 1000 + i + 1}</id><text>${escapeXml(a.text)}</text></revision></page>`).join('\n'),
  ).join('\n')}\n</mediawiki>\n`;
  const dumpRuns: DumpRun[] = [];
  for (const n of [1, maxWorkers]) {
    const t0 = performance.now();
    // The steady rate leaves out the first half of the run, while the fresh workers warm up (a worker's JIT takes a
    // few hundred articles to settle).
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
    dumpRuns.push({ workers: n, conflicts, seconds: (t1 - t0) / 1000, articlesPerS: conflicts / ((t1 - t0) / 1000), steadyArticlesPerS: (conflicts - warmAfter) / ((t1 - tWarm) / 1000) });
  }
  return dumpRuns;
}
const dumpRuns = await runDump();
const dumpSpeedup = dumpRuns[1]!.steadyArticlesPerS / dumpRuns[0]!.steadyArticlesPerS;
const dumpColdSpeedup = dumpRuns[1]!.articlesPerS / dumpRuns[0]!.articlesPerS;
console.log(`\nparseDump → JSON lines, ${dumpRuns[0]!.conflicts} conflict articles from a cold start (steady: the second half):`);
for (const d of dumpRuns) console.log(`  ${d.workers} worker${d.workers > 1 ? 's' : ' '}  ${d.seconds.toFixed(1).padStart(6)} s  ${d.articlesPerS.toFixed(1).padStart(6)} articles/s whole run  ${d.steadyArticlesPerS.toFixed(1).padStart(6)} steady`);
console.log(`  speed-up ${dumpSpeedup.toFixed(2)}× steady with ${maxWorkers} workers (${dumpColdSpeedup.toFixed(2)}× over the whole run)`);

// ---- memory: heap after a full GC at intervals across a long run of sections:false parses ----------------------
const heap: { parses: number; heapMiB: number }[] = [];
const step = Math.max(1, Math.floor(memoryParses / 10));
for (let i = 0; i <= memoryParses; i++) {
  if (i % step === 0) {
    gc();
    heap.push({ parses: i, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 });
  }
  if (i < memoryParses) parseConflict(articles[i % articles.length]!.text, { sections: false });
}
console.log(`\nheap after GC across ${memoryParses} parses (sections:false): ${heap.map((h) => `${h.parses}: ${h.heapMiB.toFixed(1)}`).join(', ')} MiB`);

writeFileSync(
  new URL('bench/results.json', root),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, clock, rounds, runs, warmup, rows, total, medianRatio, peakRssBytes: peakRss, workers, speedup, coldSpeedup, dumpRuns, dumpSpeedup, dumpColdSpeedup, heap }, null, 2)}\n`,
);
