// The built package (npm test builds it first): the browser bundle reads every corpus page as the source does; the
// Node entry points load the one bundled wikiparser-node and nothing of it from node_modules; every bundled package
// is named, with its version and licence, in dist/THIRD-PARTY-NOTICES.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConflict } from '../../src/index.js';
import { wikitextPages } from '../../scripts/_lib/corpus.js';

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);
const built = [
  'browser.js',
  'index.js',
  'index.cjs',
  'vendor/wikiparser-node.cjs',
  'vendor/wikiparser-node-bundle.cjs',
  'THIRD-PARTY-NOTICES.md',
];
const missing = built.filter((f) => !existsSync(dist(f)));

it('the package is built (npm test builds it; else run npm run build)', () => {
  expect(missing).toEqual([]);
});

describe.skipIf(missing.length > 0)('the built package', () => {
  it('dist/browser.js gives the Conflict the source gives, on every corpus page and wikitext fixture', async () => {
    const browser = (await import(dist('browser.js').href)) as typeof import('../../src/browser.js');
    const pages = wikitextPages();
    expect(pages.length).toBeGreaterThanOrEqual(25);
    const differ = pages.filter((p) => {
      const text = readFileSync(p, 'utf8');
      return JSON.stringify(browser.parseConflict(text)) !== JSON.stringify(parseConflict(text));
    });
    expect(differ).toEqual([]);
  });

  it('dist/browser.js imports nothing but zod, and no Node built-in', () => {
    const imports = [...readFileSync(dist('browser.js'), 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map(
      (m) => m[1],
    );
    expect(new Set(imports)).toEqual(new Set(['zod']));
  });

  it.each([['index.js'], ['index.cjs']])(
    'dist/%s loads wikiparser-node from dist/vendor only, and leaves unhandled rejections alone',
    (entry) => {
      const script = `
      const Module = require('node:module');
      const seen = [];
      const resolve = Module._resolveFilename;
      Module._resolveFilename = function (request, ...rest) { const r = resolve.call(this, request, ...rest); seen.push(r); return r; };
      import(${JSON.stringify(dist(entry).href)}).then((m) => {
        const c = m.parseConflict('{{Infobox military conflict|conflict=X|casualties1=3 killed}}');
        console.log(JSON.stringify({
          parsed: c.sides[0].casualties.figures[0].min,
          fromNodeModules: [...new Set(seen.filter((f) => f.includes('node_modules')).map((f) => f.replace(/.*node_modules\\/((@[^/]+\\/)?[^/]+).*/, '$1')))].sort(),
          vendor: seen.some((f) => f.endsWith('dist/vendor/wikiparser-node-bundle.cjs')),
          unhandledRejection: process.listenerCount('unhandledRejection'),
        }));
      });`;
      const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<
        string,
        unknown
      >;
      // CommonJS loads only: the runtime dependencies (the dump reader's saxes and unbzip2-stream load with the package;
      // zod too, when required), none of the bundled ones.
      const { fromNodeModules, ...rest } = out as { fromNodeModules: string[] };
      expect(rest).toEqual({ parsed: 3, vendor: true, unhandledRejection: 0 });
      expect(fromNodeModules).toContain('saxes');
      expect(
        fromNodeModules.filter((name) => !['saxes', 'through', 'unbzip2-stream', 'xmlchars', 'zod'].includes(name)),
      ).toEqual([]);
    },
  );

  it('a TypeScript project with the browser condition gets dist/browser.d.ts: the shared API, not the Node-only parts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-browser-types-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(fileURLToPath(new URL('../../', import.meta.url)), join(dir, 'node_modules', 'wikiconflict'));
      writeFileSync(
        join(dir, 'main.ts'),
        [
          "import { parseConflict, parseCasualties, type Conflict } from 'wikiconflict';",
          "const c: Conflict = parseConflict('x', { title: undefined });",
          "console.log(c.name, parseCasualties('3 killed', { mode: 'strength' }).length);",
          "// @ts-expect-error Node-only, so not in the browser build's types",
          "import { parseMany } from 'wikiconflict';",
          'console.log(parseMany);',
        ].join('\n'),
      );
      const compilerOptions = {
        strict: true,
        exactOptionalPropertyTypes: true,
        module: 'preserve',
        moduleResolution: 'bundler',
        customConditions: ['browser'],
        lib: ['ES2022', 'DOM'],
        noEmit: true,
        types: [],
        listFiles: true,
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts'] }));
      const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
      const out = execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
      expect(
        out
          .split('\n')
          .filter((f) => /\/dist\/(?:browser|index)\.d\.c?ts$/.test(f))
          .map((f) => f.slice(f.lastIndexOf('/') + 1)),
      ).toEqual(['browser.d.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dist/THIRD-PARTY-NOTICES.md names every package bundled in dist/, with the version bundled and its licence', () => {
    const notice = readFileSync(dist('THIRD-PARTY-NOTICES.md'), 'utf8');
    const bundled = new Set<string>();
    for (const file of ['vendor/wikiparser-node-bundle.cjs', 'browser.js']) {
      for (const m of readFileSync(dist(file), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
        bundled.add(m[1]!);
    }
    expect([...bundled].sort()).toEqual([
      '@bhsd/cm-util',
      '@bhsd/common',
      '@bhsd/nodejs',
      'binary-search',
      'entities',
      'wikiparser-node',
    ]);
    for (const name of bundled) {
      const pkg = JSON.parse(
        readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
      ) as { version: string; license: string };
      expect(notice).toContain(`| ${name} | ${pkg.version} | ${pkg.license} |`);
      expect(notice).toContain(`### ${name} ${pkg.version} (${pkg.license})`);
    }
    expect(notice).toContain('| wikiparser-node | 1.40.0 | GPL-3.0-or-later |');
  });
});
