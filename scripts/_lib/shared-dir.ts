// Support for scripts and tests: where the read-only `shared/` folder (corpus, labelled casualties) lies.
// It sits beside the repository (../shared) on developer machines and in CI; WIKICONFLICT_SHARED overrides.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file or folder under shared/, e.g. `sharedPath('corpus')`. */
export function sharedPath(...parts: string[]): string {
  return resolve(process.env.WIKICONFLICT_SHARED ?? resolve(repoRoot, '..', 'shared'), ...parts);
}
