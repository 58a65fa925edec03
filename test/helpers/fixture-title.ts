// Test helper: the page title of a wikitext fixture, from the corpus manifest copied into fixtures/README.md.
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../fixtures/README.md', import.meta.url), 'utf8');

/** Title column of the fixtures/README.md row for `file`, or undefined (plain fixtures carry their own title). */
export function fixtureTitle(file: string): string | undefined {
  if (file.endsWith('.txt')) return undefined;
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1] === file) return cells[3];
  }
  return undefined;
}
