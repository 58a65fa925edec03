// Benchmark: parse speed and memory against wtf_wikipedia over fixtures/ and fixtures/corpus/ (`npm run bench`;
// batch.ts then measures worker threads). Not a test: it prints a table and writes bench/results.json so runs can
// be compared.
// Run with `node --import tsx/esm` (npm run bench): tsx's CommonJS hook would slow every lazy require()
// wikiparser-node makes while parsing (about 30%), a cost users of the built package never pay.
import { existsSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Parser from 'wikiparser-node';
import wtf from 'wtf_wikipedia';
import * as source from '../src/index.js';
import { REFERENCE_PATH } from '../src/wikitext/fast/reader-switches.js';
import { parseConflictWith } from '../src/parse-conflict.js';
import { loadArticles, median } from './bench-articles.js';

const root = new URL('../', import.meta.url);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const warmup = Number(process.env.BENCH_WARMUP ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** cpu (default): this process's CPU time, steady on a shared machine; wall: elapsed time. */
const clock = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
const memoryParses = Number(process.env.BENCH_MEMORY_PARSES ?? 10_000);

function now(): number {
  if (clock === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The full model by the reference path (every reader shortcut off), to show what the shortcuts gain. */
// The built package (npm run bench builds first), as users run it; from source only when there is no build.
const built = new URL('dist/index.js', root);
const pkg = (existsSync(built) ? await import(built.href) : source) as typeof source;
const { parseConflict } = pkg;

function fullReference(text: string): unknown {
  // The switches are internal: the reference path runs from source.
  return parseConflictWith(text, {}, { ...REFERENCE_PATH, scanTags: true });
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
const samples = Object.fromEntries(
  Object.keys(CASES).map((name) => [name, articles.map((): number[] => [])]),
) as Record<CaseName, number[][]>;
for (const name of Object.keys(CASES) as CaseName[])
  for (let w = 0; w < warmup; w++) for (const a of articles) CASES[name](a.text);
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
const msByCase = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, s.map(median)])) as Record<
  CaseName,
  number[]
>;
const rows = articles.map(({ file, text }, i) => {
  const bytes = Buffer.byteLength(text);
  const ms = Object.fromEntries(Object.keys(CASES).map((name) => [name, msByCase[name as CaseName][i]!])) as Record<
    CaseName,
    number
  >;
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
console.log(
  `${clock === 'cpu' ? 'CPU' : 'wall'} ms, median of ${rounds * runs} samples per article (full, no-sec and wtf in turns; ref and wpn: ${runs}, in passes of their own)`,
);
console.log(
  `${'article'.padEnd(44)}${'KB'.padStart(8)}${'full'.padStart(8)}${'ref'.padStart(8)}${'no-sec'.padStart(8)}${'wpn'.padStart(8)}${'wtf'.padStart(8)}${'full/wtf'.padStart(9)}${'nosec/wtf'.padStart(10)}`,
);
for (const r of rows) {
  console.log(
    `${r.file.padEnd(44)}${fmt(r.bytes / 1024, 1)}${fmt(r.ms.full, 1)}${fmt(r.ms.fullRef, 1)}${fmt(r.ms.noSections, 1)}${fmt(r.ms.wikiparser, 1)}${fmt(r.ms.wtf, 1)}${fmt(r.ratio.full)} ${fmt(r.ratio.noSections)}`,
  );
}
console.log(`\ntotal ${(totalBytes / 1e6).toFixed(2)} MB in ${rows.length} articles`);
for (const [name, t] of Object.entries(total))
  console.log(
    `  ${name.padEnd(11)} ${t.ms.toFixed(0).padStart(7)} ms  ${t.mbPerS.toFixed(2).padStart(5)} MB/s  ${t.ratio.toFixed(2)}× wtf_wikipedia`,
  );
console.log(
  `median ratio to wtf_wikipedia (articles > 1 KB): full ${medianRatio.full.toFixed(2)}, sections:false ${medianRatio.noSections.toFixed(2)}`,
);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);

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
console.log(
  `\nheap after GC across ${memoryParses} parses (sections:false): ${heap.map((h) => `${h.parses}: ${h.heapMiB.toFixed(1)}`).join(', ')} MiB`,
);

writeFileSync(
  new URL('bench/results.json', root),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, clock, rounds, runs, warmup, rows, total, medianRatio, peakRssBytes: peakRss, heap }, null, 2)}\n`,
);
