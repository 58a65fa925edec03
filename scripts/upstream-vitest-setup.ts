// Setup for scripts/upstream-vitest.config.ts: fails every test file unless `wikiparser-node` really is the copy
// under test, so a broken alias cannot pass by testing the bundled version again.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Parser from 'wikiparser-node';

const dir = resolve(process.env.WIKICONFLICT_PARSER_DIR ?? '');
const candidate: unknown = createRequire(resolve(dir, 'package.json'))(resolve(dir, 'dist', 'index.js'));
if (candidate !== Parser) throw new Error(`wikiparser-node does not resolve to ${dir}`);
