// Benchmark helper: runs parseConflict(text, { sections: false }) over the corpus N times, to profile
// (`N=10 node --cpu-prof --import tsx/esm bench/profile-no-sections.ts`). Prints CPU ms per pass.
import { readdirSync, readFileSync } from 'node:fs';
import { parseConflict } from '../src/index.js';

const dirs = [new URL('../fixtures/', import.meta.url), new URL('../../shared/corpus/', import.meta.url)];
// the benchmark's articles: each file name once, fixtures first
const seen = new Set<string>();
const texts = dirs.flatMap((dir) => readdirSync(dir).sort().filter((f) => /\.(wiki|txt)$/.test(f) && !seen.has(f) && seen.add(f)).map((f) => readFileSync(new URL(f, dir), 'utf8')));
const passes = Number(process.env.N ?? 10);
for (const t of texts) parseConflict(t, { sections: false });
const c0 = process.cpuUsage();
for (let i = 0; i < passes; i++) for (const t of texts) parseConflict(t, { sections: false });
const c = process.cpuUsage(c0);
console.log(`${texts.length} texts, CPU ms per pass: ${((c.user + c.system) / 1000 / passes).toFixed(1)}`);
