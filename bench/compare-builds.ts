// Compare the speed of two builds of the package on the benchmark articles: `node --import tsx/esm
// bench/compare-builds.ts DIR_A DIR_B` (each a folder holding a built index.js). Each article is parsed by both in
// alternating order, ROUNDS times (default 9) after two warm rounds, in one process; the sums of the per-article
// median CPU times are printed for the full model and for sections: false. docs/performance.md has a use.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadArticles, median } from './bench-articles.js';

type Parse = (text: string, options?: { sections?: boolean }) => unknown;
const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2) throw new Error('usage: bench/compare-builds.ts DIR_A DIR_B');
const builds = await Promise.all(
  dirs.map(
    async (d) => ((await import(pathToFileURL(resolve(d, 'index.js')).href)) as { parseConflict: Parse }).parseConflict,
  ),
);
const articles = loadArticles();
const rounds = Number(process.env.ROUNDS ?? 9);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

for (const options of [{}, { sections: false }]) {
  for (let w = 0; w < 2; w++) for (const a of articles) for (const parse of builds) parse(a.text, options);
  const sums = [0, 0];
  for (const a of articles) {
    const times: number[][] = [[], []];
    for (let r = 0; r < rounds; r++) {
      for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = cpu();
        builds[i]!(a.text, options);
        times[i]!.push(cpu() - t0);
      }
    }
    sums[0]! += median(times[0]!);
    sums[1]! += median(times[1]!);
  }
  console.log(
    `${JSON.stringify(options)} ${articles.length} articles, sum of per-article median CPU ms: ${dirs[0]} ${sums[0]!.toFixed(0)}, ${dirs[1]} ${sums[1]!.toFixed(0)} (B/A ${(sums[1]! / sums[0]!).toFixed(3)})`,
  );
}
