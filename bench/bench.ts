// Benchmark: parse speed and memory against wtf_wikipedia over fixtures/ and ../shared/corpus/ (`npm run bench`).
// Not a test: it prints a table and writes bench/results.json so runs can be compared.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Parser from 'wikiparser-node';
import wtf from 'wtf_wikipedia';
import { parseConflict } from '../src/index.js';

interface Article {
  file: string;
  text: string;
}

const root = new URL('../', import.meta.url);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);

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

function time(fn: () => unknown): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const CASES = {
  full: (text: string) => parseConflict(text),
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
let peakRss = 0;
const rows = articles.map(({ file, text }) => {
  const bytes = Buffer.byteLength(text);
  const ms = Object.fromEntries(Object.entries(CASES).map(([name, fn]) => [name, time(() => fn(text))])) as Record<CaseName, number>;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { file, bytes, ms, ratio: { full: ms.full / ms.wtf, noSections: ms.noSections / ms.wtf } };
});

const totalBytes = rows.reduce((s, r) => s + r.bytes, 0);
const total = Object.fromEntries(
  (Object.keys(CASES) as CaseName[]).map((name) => {
    const ms = rows.reduce((s, r) => s + r.ms[name], 0);
    return [name, { ms, mbPerS: totalBytes / 1e6 / (ms / 1000) }];
  }),
) as Record<CaseName, { ms: number; mbPerS: number }>;
const medianRatio = {
  full: median(rows.filter((r) => r.bytes > 1000).map((r) => r.ratio.full)),
  noSections: median(rows.filter((r) => r.bytes > 1000).map((r) => r.ratio.noSections)),
};

const fmt = (n: number, d = 2) => n.toFixed(d).padStart(8);
console.log(`${'article'.padEnd(44)}${'KB'.padStart(8)}${'full'.padStart(8)}${'no-sec'.padStart(8)}${'wpn'.padStart(8)}${'wtf'.padStart(8)}${'full/wtf'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.file.padEnd(44)}${fmt(r.bytes / 1024, 1)}${fmt(r.ms.full, 1)}${fmt(r.ms.noSections, 1)}${fmt(r.ms.wikiparser, 1)}${fmt(r.ms.wtf, 1)}${fmt(r.ratio.full)}`);
}
console.log(`\ntotal ${(totalBytes / 1e6).toFixed(2)} MB in ${rows.length} articles (median of ${runs} runs after ${warmup} warm-up)`);
for (const [name, t] of Object.entries(total)) console.log(`  ${name.padEnd(11)} ${t.ms.toFixed(0).padStart(7)} ms  ${t.mbPerS.toFixed(2)} MB/s`);
console.log(`median ratio to wtf_wikipedia (articles > 1 KB): full ${medianRatio.full.toFixed(2)}, sections:false ${medianRatio.noSections.toFixed(2)}`);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);

writeFileSync(
  new URL('bench/results.json', root),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, warmup, rows, total, medianRatio, peakRssBytes: peakRss }, null, 2)}\n`,
);
