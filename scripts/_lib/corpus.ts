// Support for scripts, tests and benchmarks: where the fixture corpus and labelled sets lie (all inside fixtures/).
// The corpus is `fixtures/corpus/MANIFEST.tsv`; a page with a reviewed golden lives in fixtures/ beside it, the rest
// in fixtures/corpus/, so each page is stored once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file or folder under fixtures/, e.g. `fixturePath('casualties', 'labeled.jsonl')`. */
export function fixturePath(...parts: string[]): string {
  return resolve(repoRoot, 'fixtures', ...parts);
}

export interface CorpusPage {
  /** File name as in the manifest, e.g. `battle-of-adwa.wiki`. */
  file: string;
  /** Absolute path of the page's source. */
  path: string;
  /** The page title the manifest gives. */
  title: string;
}

/**
 * Every page of the corpus manifest, resolved to its file; throws when a listed page is missing, so no test that
 * reads the corpus can pass by reading nothing.
 * @example corpusPages().find((p) => p.file === 'battle-of-adwa.wiki')?.title // 'Battle of Adwa'
 */
export function corpusPages(): CorpusPage[] {
  const rows = readFileSync(fixturePath('corpus', 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return rows.map((row) => {
    const [file = '', title = ''] = row.split('\t');
    const path = [fixturePath('corpus', file), fixturePath(file)].find((p) => existsSync(p));
    if (path === undefined)
      throw new Error(
        `Corpus page ${file} (in fixtures/corpus/MANIFEST.tsv) is in neither fixtures/corpus/ nor fixtures/.`,
      );
    return { file, path, title };
  });
}

/**
 * Paths of every wikitext page the equivalence tests read: the corpus and every `.wiki` fixture, each once.
 * @example wikitextPages().length // 34
 */
export function wikitextPages(): string[] {
  const paths = new Set(corpusPages().map((p) => p.path));
  for (const f of readdirSync(fixturePath()).sort()) if (f.endsWith('.wiki')) paths.add(fixturePath(f));
  return [...paths];
}
