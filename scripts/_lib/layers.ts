// The layer rule for src/: a module imports only from lower layers (earlier stages, shared services, the model) or
// from its own folder. Used by `npm run check:layers` (in `npm run lint`) and by test/architecture/layers.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * From lowest to highest. A unit is a top-level folder of src/ or a file at its root; units in one row may not
 * import each other.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['_lib', '_data', 'version.ts'],
  // services: the wikitext parser, then the value cleaner that walks its trees
  ['wikitext'],
  ['clean'],
  // the pipeline's stages, in the order parseConflict calls them
  ['01-prepare'],
  ['02-read'],
  ['03-interpret'],
  ['04-figures'],
  ['05-validate'],
  ['parse-conflict.ts', 'parse-casualties.ts'],
  ['create-parser.ts'],
  // around the pipeline
  ['render', 'wikidata'],
  ['workers'],
  ['parser-pool.ts'],
  ['parse-many.ts'],
  ['dump', 'fetch'],
  ['cli'],
  // the entry points: browser.ts is the public API without Node's built-ins, index.ts adds the Node-only parts
  ['browser.ts'],
  ['index.ts', 'cli.ts'],
];

export interface LayerViolation {
  file: string;
  imports: string;
  reason: string;
}

function unitOf(file: string): string {
  return file.split('/')[0]!;
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((row) => row.includes(unit));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? listFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every import in `srcDir` that breaks the layer rule, and every unit no row names.
 * @example checkLayers('src') // [] when the rule holds
 */
export function checkLayers(srcDir: string): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const path of listFiles(srcDir)) {
    const file = relative(srcDir, path).split(sep).join('/');
    const from = unitOf(file);
    const fromLayer = layerOf(from);
    if (fromLayer < 0) {
      violations.push({ file, imports: '', reason: `${from} is in no layer of scripts/_lib/layers.ts` });
      continue;
    }
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(srcDir, normalize(join(dirname(path), fileName)))
        .split(sep)
        .join('/')
        .replace(/\.js$/, '.ts');
      if (target.startsWith('..')) {
        violations.push({ file, imports: fileName, reason: 'imports from outside src/' });
        continue;
      }
      const to = unitOf(target);
      if (to === from) continue;
      const toLayer = layerOf(to);
      if (toLayer < 0) violations.push({ file, imports: target, reason: `${to} is in no layer` });
      else if (toLayer === fromLayer)
        violations.push({ file, imports: target, reason: `${from} and ${to} share a layer` });
      else if (toLayer > fromLayer)
        violations.push({
          file,
          imports: target,
          reason: `${from} (layer ${fromLayer}) imports ${to} (layer ${toLayer}), a later one`,
        });
    }
  }
  return violations;
}
