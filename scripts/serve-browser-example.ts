// npm run example:browser: builds examples/browser/ from the package's browser build (run `npm run build` first) and
// serves it on http://127.0.0.1:8080/ (PORT to change) until Ctrl-C.
import { buildBrowserExample, EXAMPLE_DIR } from './_lib/build-browser-example.js';
import { serveFolder } from './_lib/static-server.js';

await buildBrowserExample();
const server = await serveFolder(EXAMPLE_DIR, Number(process.env.PORT ?? 8080));
console.log(`The example is at ${server.url} (Ctrl-C to stop).`);
