import { defineConfig } from 'tsup';

// wikiparser-node loads its config JSON from its own folder at run time: never bundle it.
const external = ['wikiparser-node'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    external,
  },
  {
    // The CLI is ESM only (top-level await); it is run, not imported.
    // dump-worker is the worker thread of `dump`/parseDump, found beside index.js, index.cjs and cli.js.
    entry: { cli: 'src/cli.ts', 'dump-worker': 'src/dump/parse-worker.ts' },
    format: ['esm'],
    target: 'node20',
    external,
  },
]);
