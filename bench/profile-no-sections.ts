// Benchmark helper: runs parseConflict(text, { sections: false }) over the corpus N times, to profile
// (`N=10 node --cpu-prof --import tsx/esm bench/profile-no-sections.ts`). Prints CPU ms per pass.
import { parseConflict } from '../src/index.js';
import { loadArticles } from './bench-articles.js';

const texts = loadArticles().map((a) => a.text);
const passes = Number(process.env.N ?? 10);
for (const t of texts) parseConflict(t, { sections: false });
const c0 = process.cpuUsage();
for (let i = 0; i < passes; i++) for (const t of texts) parseConflict(t, { sections: false });
const c = process.cpuUsage(c0);
console.log(`${texts.length} texts, CPU ms per pass: ${((c.user + c.system) / 1000 / passes).toFixed(1)}`);
