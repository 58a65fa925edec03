// CLI support: turn the command line's files, folders, globs and `-` into the list of articles to read.
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';

/** Extensions taken from a folder. */
export const ARTICLE_EXTENSIONS = ['.wiki', '.txt', '.wikitext'] as const;

export type Input =
  | { kind: 'stdin' }
  /** `base`: the folder the argument named (a folder itself, a file's folder, a glob's folders before its first pattern). */
  | { kind: 'file'; path: string; base: string }
  | { kind: 'error'; label: string; message: string };

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The folders of a glob before its first pattern: where its matches are found.
 * @example globBase('in/a/*.wiki') // 'in/a'
 */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed = parts.slice(
    0,
    parts.findIndex((part) => GLOB_CHARS.test(part)),
  );
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

async function walk(folder: string): Promise<string[]> {
  // Iterative, so a deep folder tree cannot overflow the stack.
  const files: string[] = [];
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) files.push(path);
    }
  }
  return files.sort();
}

/**
 * Expands the arguments of `convert`: a file stays itself, a folder gives its `.wiki`/`.txt`/`.wikitext` files
 * (recursively, sorted), a glob (`*`, `**`, `?`, `[…]`, `{a,b}`) its matches (sorted), `-` standard input.
 * An argument that names nothing becomes an `error` input, so one bad argument does not stop the batch.
 * (Node 20 has no `fs.glob`; tinyglobby does the matching.)
 * @example await expandInputs(['fixtures', '-']) // [{ kind: 'file', path: 'fixtures/a.wiki' }, …, { kind: 'stdin' }]
 */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files = await walk(arg);
      if (files.length === 0)
        inputs.push({
          kind: 'error',
          label: arg,
          message: `no articles found in this folder (looked for ${ARTICLE_EXTENSIONS.join(', ')} files)`,
        });
      for (const path of files) inputs.push({ kind: 'file', path, base: arg });
    } else if (info) {
      inputs.push({ kind: 'file', path: arg, base: dirname(arg) });
    } else if (GLOB_CHARS.test(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) inputs.push({ kind: 'error', label: arg, message: 'no file matches' });
      for (const path of matches) inputs.push({ kind: 'file', path, base: globBase(arg) });
    } else {
      inputs.push({ kind: 'error', label: arg, message: 'no such file or folder' });
    }
  }
  return inputs;
}
