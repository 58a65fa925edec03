// Benchmark: growth on repeated shapes (issue 15; `npm run bench`, after bench.ts and batch.ts). The shapes of
// test/perf/growth.test.ts, each repeated to a 256 KB and a 1 MB article and parsed by the built package, as users run
// it: the time at each size (median of BENCH_GROWTH_RUNS, 3 by default, in turns, after a full collection), the ratio,
// and a flag on any 1 MB parse over 2 s; then the rows of issue 15's table at the sizes it measured. Not a test: it
// prints tables (the figures go to docs/performance.md). BENCH_GROWTH_ALL=1 takes every template rule (about 125
// shapes); BENCH_CLOCK=wall times elapsed time instead of this process's CPU time (which counts the collector's and
// the compiler's helper threads too); BENCH_GROWTH_MATCH=text only the shapes holding that text.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as source from '../src/index.js';
import { GROWTH_LIMIT, measureGrowth, measureTime } from '../test/helpers/growth.js';
import { growthArticle, growthShapes, type GrowthShape } from '../test/helpers/growth-shapes.js';

const KB = 1024;
const MB = 1024 * KB;
/** The bound the issue sets for 1 MB of any shape. */
const MAX_MS_PER_MB = 2000;
const runs = Number(process.env.BENCH_GROWTH_RUNS ?? 3);
const clock = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
/** An article of `bytes`: a field shape is written into two fields (place and result), each gets half. */
const articleOf = (shape: GrowthShape, bytes: number) =>
  growthArticle(shape, shape.place === 'field' ? bytes / 2 : bytes);

const built = new URL('../dist/index.js', import.meta.url);
const { parseConflict } = (existsSync(built) ? await import(built.href) : source) as typeof source;
const parse = (text: string) => parseConflict(text);

const label = (s: GrowthShape) => `${JSON.stringify(s.shape)} (${s.place})`;
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
const loadAtStart = loadavg()[0]!;
const started = performance.now();

// ---- every shape at 256 KB and 1 MB --------------------------------------------------------------------------------
const only = process.env.BENCH_GROWTH_MATCH; // a substring: only the shapes that hold it
const shapes = growthShapes({ all: process.env.BENCH_GROWTH_ALL === '1' }).filter(
  (s) => only === undefined || s.shape.includes(only),
);
const rows: { shape: string; small: number; large: number; ratio: number }[] = [];
console.log(
  `growth on ${shapes.length} repeated shapes, built package, ${clock} time (median of ${runs}, after a full collection), load average ${loadAtStart.toFixed(1)}:`,
);
console.log(`${'shape (place)'.padEnd(60)}${'256 KB'.padStart(10)}${'1 MB'.padStart(10)}${'ratio'.padStart(8)}`);
for (const shape of shapes) {
  // limit Infinity: no second measurement, the benchmark reports what it saw
  const m = measureGrowth((bytes) => articleOf(shape, bytes), parse, {
    small: 256 * KB,
    large: MB,
    runs,
    limit: Infinity,
    clock,
  });
  rows.push({ shape: label(shape), small: m.small, large: m.large, ratio: m.ratio });
  const flags = [
    m.large > MAX_MS_PER_MB ? `over ${MAX_MS_PER_MB / 1000} s` : '',
    m.ratio >= GROWTH_LIMIT ? `ratio over ${GROWTH_LIMIT}` : '',
  ].filter(Boolean);
  console.log(
    `${label(shape).slice(0, 59).padEnd(60)}${ms(m.small).padStart(10)}${ms(m.large).padStart(10)}${`${m.ratio.toFixed(2)}×`.padStart(8)}${flags.length ? `  ⚠ ${flags.join(', ')}` : ''}`,
  );
}
const slowest = [...rows].sort((a, b) => b.large - a.large)[0]!;
const steepest = [...rows].sort((a, b) => b.ratio - a.ratio)[0]!;
const over = rows.filter((r) => r.large > MAX_MS_PER_MB);
console.log(
  `${over.length === 0 ? `every shape: 1 MB in under ${MAX_MS_PER_MB / 1000} s` : `${over.length} shapes over ${MAX_MS_PER_MB / 1000} s at 1 MB`}; ` +
    `slowest ${slowest.shape} ${ms(slowest.large)}; steepest ${steepest.shape} ${steepest.ratio.toFixed(2)}×; ` +
    `median ratio ${[...rows].sort((a, b) => a.ratio - b.ratio)[rows.length >> 1]!.ratio.toFixed(2)}×`,
);

// ---- issue 15's table, re-measured at the sizes it gave ----------------------------------------------------------
const ISSUE_ROWS: { shapes: string[]; place: GrowthShape['place']; kb: number[] }[] = [
  { shapes: ['1 killed '], place: 'casualties', kb: [7, 14, 90] },
  { shapes: ['1 killed (x) '], place: 'casualties', kb: [26, 52] },
  { shapes: ['1 killed (1601–1603) '], place: 'casualties', kb: [23, 46] },
  {
    shapes: [
      '1 killed<ref>x</ref> ',
      'between 1 and 2 killed ',
      '3 civilians killed ',
      '1 killed / ',
      '1 killed. ',
      '1 killed\n',
    ],
    place: 'casualties',
    kb: [36, 46],
  },
  { shapes: ['1 killed<ref>x</ref><br>'], place: 'casualties', kb: [384, 768] },
  { shapes: ['{{flagicon|X}} [[X]] 1 killed<br>'], place: 'casualties', kb: [528, 1024] },
  { shapes: ['a<ref>b ', 'a<nowiki>b ', 'a<math>b ', 'a<ref name=x>b '], place: 'body', kb: [256, 480] },
];
/** CPU ms of `text`'s parse after one untimed parse: the median of `runs`, each after a full collection. */
function timeParse(text: string): number {
  parse(text);
  return measureTime(parse, text, runs, clock);
}
console.log(`\nissue 15's table, re-measured (${clock} time, median of ${runs}):`);
for (const row of ISSUE_ROWS) {
  for (const shape of row.shapes) {
    const times = row.kb.map((kb) => `${kb} KB ${ms(timeParse(articleOf({ shape, place: row.place }, kb * KB)))}`);
    console.log(`  ${JSON.stringify(shape).padEnd(40)} ${times.join(', ')}`);
  }
}
// the pages the fast reader used to decline: the same page with and without an ISBN magic link in its lead
const box = '{{Infobox military conflict\n| conflict = X\n| combatant1 = A\n| combatant2 = B\n}}\n';
const PAGES: [string, string][] = [
  ['8,000 table rows', `{|\n${'|-\n| a || b\n'.repeat(8000)}|}\n`],
  ['4,000 cite refs', `${'Text.<ref>{{cite book|title=T|year=2001}}</ref> '.repeat(4000)}\n`],
];
for (const [name, body] of PAGES) {
  const plain = timeParse(`${box}Lead.\n${body}== Notes ==\nEnd.\n`);
  const isbn = timeParse(`${box}Lead. See ISBN 978-0-306-40615-7.\n${body}== Notes ==\nEnd.\n`);
  console.log(
    `  ${name.padEnd(40)} with an ISBN magic link ${ms(isbn)}, without ${ms(plain)} (${(isbn / plain).toFixed(2)}×)`,
  );
}
console.log(
  `\n${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
);
