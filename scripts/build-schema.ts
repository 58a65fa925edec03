// Build step: write the Conflict JSON Schema to dist/schema.json and ./schema.json (or the paths given), shipped as
// `wikiconflict/schema.json`: `exports` leads there to dist/, resolvers that ignore `exports` (node10) to the root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildJsonSchema } from '../src/render/json-schema.js';

const outs = process.argv.length > 2 ? process.argv.slice(2) : ['dist/schema.json', 'schema.json'];
const text = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
for (const out of outs.map((o) => resolve(o))) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
