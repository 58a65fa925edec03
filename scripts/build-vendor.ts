// Build step: bundle wikiparser-node (the parts the library runs, its dependencies included) into
// dist/vendor/wikiparser-node-bundle.cjs, loaded by the Node entry points through dist/vendor/wikiparser-node.cjs,
// and write dist/THIRD-PARTY-NOTICES.md naming every package bundled there and in dist/browser.js, with its
// version, licence and licence text.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { LEFT_OUT_NOTE, wikiparserPlugin } from './bundle/wikiparser-plugin.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist', 'vendor', 'wikiparser-node-bundle.cjs');
const loader = join(root, 'dist', 'vendor', 'wikiparser-node.cjs');
const entry = createRequire(join(root, 'package.json')).resolve('wikiparser-node');

const result = await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild does not yet count this one among Node's built-ins.
  external: ['inspector/promises'],
  plugins: [wikiparserPlugin({ browser: false })],
  metafile: true,
  logLevel: 'warning',
});

/** Package folders (relative to the repository) of every bundled input: `node_modules/@bhsd/common`. */
function bundledPackages(inputs: string[]): string[] {
  const dirs = new Set<string>();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m?.[1] !== undefined) dirs.add(m[1]);
  }
  return [...dirs].sort();
}

/** The package's licence file, if it ships one. */
function licenceText(dir: string): string | null {
  const file = readdirSync(dir).find((f) => /^licen[cs]e(?:\.md|\.txt)?$/i.test(f));
  return file === undefined ? null : readFileSync(join(dir, file), 'utf8').trim();
}

const ownLicence = readFileSync(join(root, 'LICENSE'), 'utf8').trim();
const rows: string[] = [];
const texts: string[] = [];
for (const rel of bundledPackages(Object.keys(result.metafile.inputs))) {
  const dir = join(root, rel);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
    homepage?: string;
    repository?: string | { url?: string };
  };
  const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? pkg.homepage ?? '');
  rows.push(`| ${pkg.name} | ${pkg.version} | ${pkg.license ?? 'see its package'} | ${repo.replace(/^git\+/, '')} |`);
  const text = licenceText(dir);
  const body =
    text === null
      ? `The package ships no licence file; its package.json names ${pkg.license ?? 'no licence'}.`
      : text === ownLicence
        ? "The GNU General Public License, version 3: the same text as wikiconflict's own LICENSE file."
        : text;
  texts.push(`### ${pkg.name} ${pkg.version} (${pkg.license ?? 'licence not named'})\n\n${body}`);
}

const notice = `# Third-party code in wikiconflict

dist/vendor/wikiparser-node-bundle.cjs (loaded by the Node entry points) and dist/browser.js (the \`browser\` export
condition) hold copies of the packages below, bundled when wikiconflict is built (scripts/build-vendor.ts,
tsup.config.ts), so installing wikiconflict does not install them. wikiconflict is GPL-3.0-or-later, as is
wikiparser-node; the source of each copy is its published package of the version named here.

| package | version | licence | source |
|---|---|---|---|
${rows.join('\n')}

${LEFT_OUT_NOTE} In dist/browser.js, the Node built-ins the parser requires (and @bhsd/nodejs) are stood in for by
scripts/bundle/browser-node-stand-in.ts and scripts/bundle/browser-process.ts.

## Licence texts

${texts.join('\n\n')}
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.md'), notice);
// The ES module entry points import this loader, not the bundle: Node scans a CommonJS file that ESM imports for
// its export names (cjs-module-lexer), which on the 1 MB bundle cost 0.1–0.17 s of every start; it does not look
// through an assignment from a variable.
writeFileSync(
  loader,
  `'use strict';\n// wikiparser-node, bundled: see wikiparser-node-bundle.cjs and ../THIRD-PARTY-NOTICES.md.\nconst parser = require('./wikiparser-node-bundle.cjs');\nmodule.exports = parser;\n`,
);
if (!existsSync(out)) throw new Error(`esbuild wrote no ${out}`);
