// Support for the browser example: bundles examples/browser/main.js, which imports 'wikiconflict', into
// examples/browser/dist/app.js the way a user's bundler would — resolving the package through its `exports` with
// the `browser` condition (so from dist/browser.js: run `npm run build` first), zod included.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The example's folder, served as it is. */
export const EXAMPLE_DIR = fileURLToPath(new URL('../../examples/browser/', import.meta.url));

/**
 * Builds the page's script; returns the bundle's inputs (repository-relative paths), so a caller can check which
 * entry of the package it was built from. Throws when the package is not built.
 * @example (await buildBrowserExample()).some((f) => f === 'dist/browser.js') // true
 */
export async function buildBrowserExample(): Promise<string[]> {
  if (!existsSync(new URL('../../dist/browser.js', import.meta.url)))
    throw new Error('dist/browser.js is missing: run `npm run build` first.');
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ['examples/browser/main.js'],
    outfile: 'examples/browser/dist/app.js',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.keys(result.metafile.inputs);
}
