// The layer rule of src/ (scripts/_lib/layers.ts): stages import only earlier stages, services and the model.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers, LAYERS } from '../../scripts/_lib/layers.js';

describe('the layers of src/', () => {
  it('hold: every import goes to a lower layer or stays in its own folder', () => {
    expect(checkLayers(new URL('../../src', import.meta.url).pathname)).toEqual([]);
  });

  it('list the pipeline stages in the order parseConflict calls them', () => {
    const stages = LAYERS.flat().filter((unit) => /^\d\d-/.test(unit));
    expect(stages).toEqual(['01-prepare', '02-read', '03-interpret', '04-figures', '05-validate']);
  });
});

describe('the check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  it('names an import from a later stage, one between units of a row, one outside src/ and an unlisted folder', () => {
    write(
      '02-read/a.ts',
      "import { b } from '../03-interpret/b.js';\nimport type { M } from '../model/m.js';\nimport { c } from './c.js';\n",
    );
    write('render/r.ts', "import { w } from '../wikidata/w.js';\n");
    write('clean/x.ts', "import { y } from '../../test/y.js';\n");
    write('extra/z.ts', 'export const z = 1;\n');
    const found = checkLayers(dir)
      .map((v) => `${v.file}: ${v.reason}`)
      .sort();
    expect(found).toEqual(
      [
        'clean/x.ts: imports from outside src/',
        'extra/z.ts: extra is in no layer of scripts/_lib/layers.ts',
        '02-read/a.ts: 02-read (layer 5) imports 03-interpret (layer 6), a later one',
        'render/r.ts: render and wikidata share a layer',
      ].sort(),
    );
  });
});
