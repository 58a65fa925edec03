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
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    external,
  },
]);
