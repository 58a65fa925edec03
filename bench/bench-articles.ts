// Benchmark support: the articles every benchmark runs over — fixtures/ and fixtures/corpus/, each file name once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Article {
  file: string;
  text: string;
}

/** Every .wiki and .txt article in fixtures/ then fixtures/corpus/ (a name seen in fixtures/ is not read again). */
export function loadArticles(root = new URL('../', import.meta.url)): Article[] {
  const dirs = [new URL('fixtures/', root), new URL('fixtures/corpus/', root)];
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

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0…1) of a list of numbers, by linear interpolation between the nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}
