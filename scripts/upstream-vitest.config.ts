// Vitest config for scripts/check-upstream.ts: the project's config, with `wikiparser-node` (and its config files)
// resolved to the copy in WIKICONFLICT_PARSER_DIR instead of the one in node_modules.
import { resolve } from 'node:path';
import { mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';

const dir = process.env.WIKICONFLICT_PARSER_DIR;
if (dir === undefined)
  throw new Error('WIKICONFLICT_PARSER_DIR is not set: run this config through npm run check:upstream.');

export default mergeConfig(base, {
  resolve: {
    alias: [
      { find: /^wikiparser-node$/, replacement: resolve(dir, 'dist', 'index.js') },
      { find: /^wikiparser-node\/(.*)$/, replacement: `${resolve(dir)}/$1` },
    ],
  },
  test: { setupFiles: [resolve(import.meta.dirname, 'upstream-vitest-setup.ts')] },
});
