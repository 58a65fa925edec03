import { defineConfig, type Options } from 'tsup';
import { BROWSER_PROCESS, wikiparserPlugin } from './scripts/bundle/wikiparser-plugin.js';

// Node entry points load wikiparser-node from the one copy scripts/build-vendor.ts bundles into dist/vendor/ (so the
// package needs none of its dependencies installed); its enwiki config, imported by src/wikitext/parse-page.ts, is
// bundled into each entry.
const vendored: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'wikiconflict-vendored-parser',
  setup(build) {
    build.onResolve({ filter: /^wikiparser-node$/ }, () => ({ path: './vendor/wikiparser-node.cjs', external: true }));
  },
};

export default defineConfig([
  {
    // One ES module build, so the library, the CLI (ESM only: top-level await; it is run, not imported) and
    // dump-worker (the worker thread of `dump`/parseDump, found beside index.js, index.cjs and cli.js) share their
    // code in chunks instead of each holding a copy.
    entry: { index: 'src/index.ts', cli: 'src/cli.ts', 'dump-worker': 'src/workers/parse-worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    esbuildPlugins: [vendored],
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    esbuildPlugins: [vendored],
  },
  {
    // The `browser` export condition: src/browser.ts with wikiparser-node bundled in (Node built-ins stood in for);
    // zod stays a dependency, which the user's bundler brings.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    platform: 'browser',
    target: 'es2022',
    inject: [BROWSER_PROCESS],
    esbuildPlugins: [wikiparserPlugin({ browser: true })],
  },
]);
