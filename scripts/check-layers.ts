// `npm run check:layers`: fails when a module of src/ imports from a later stage or layer (scripts/_lib/layers.ts).
import { checkLayers } from './_lib/layers.js';

const violations = checkLayers(new URL('../src', import.meta.url).pathname);
for (const v of violations) console.error(`${v.file}: ${v.imports} — ${v.reason}`);
if (violations.length > 0) process.exit(1);
console.log('layers: every import goes to a lower layer or its own folder');
