// Script: draw the blind evaluation sample from the unlabelled infobox values (issue 13).
// A seeded shuffle, so the same seed always draws the same values; the seed and size are recorded in the output's
// README row. Usage: tsx scripts/draw-blind-sample.ts <infobox-values.jsonl> [seed] [size] > sample.jsonl
import { readFileSync } from 'node:fs';

/** mulberry32: a small seeded PRNG, enough for a reproducible sample (not for cryptography). */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const [path, seedArg = '20261202', sizeArg = '320'] = process.argv.slice(2);
if (!path) throw new Error('usage: draw-blind-sample.ts <infobox-values.jsonl> [seed] [size]');
const rows = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { title: string; field: string; text: string });
const random = createRandom(Number(seedArg));
// Fisher–Yates over indices, then the first `size` in file order of drawing.
const order = rows.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
for (const i of order.slice(0, Number(sizeArg))) {
  const r = rows[i]!;
  process.stdout.write(`${JSON.stringify({ line: i + 1, title: r.title, field: r.field, text: r.text })}\n`);
}
