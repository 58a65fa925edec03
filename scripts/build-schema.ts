// Build step: write the Conflict JSON Schema to dist/schema.json (or the path given), shipped as `wikiconflict/schema.json`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildJsonSchema } from '../src/render/json-schema.js';

const out = resolve(process.argv[2] ?? 'dist/schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
