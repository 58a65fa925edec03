// Build: the `process` the bundled wikiparser-node reads in a browser (injected by esbuild, so only code in the
// bundle that names the global `process` sees it). It decodes HTML entities with the bundled `entities` package
// only where `process.versions.node` is a string: set, so a browser reads `&eacute;` in a title as Node does.
// It checks `process.memoryUsage()` against the heap limit (v8's stand-in gives Infinity) and registers no handler.

export const process = {
  versions: { node: 'bundled' },
  env: {} as Record<string, string | undefined>,
  memoryUsage: () => ({ heapUsed: 0 }),
  cwd: () => '/',
  on: () => process,
};
