// Corpus checks for the fields of issue 13 §3 on the pages named there: coordinates taken from the title {{coord}}
// when the infobox has none (on the full and the infobox-only path), and no coordinate text left in a place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/_lib/corpus.js';
import { parseConflict, type Conflict, type ParseOptions } from '../../src/index.js';

const pages = new Map(corpusPages().map((p) => [p.file, p]));

function parsePage(file: string, options: ParseOptions = {}): Conflict {
  const page = pages.get(file);
  if (page === undefined) throw new Error(`${file} is not in fixtures/corpus/MANIFEST.tsv`);
  return parseConflict(readFileSync(page.path, 'utf8'), { title: page.title, ...options });
}

describe('title coordinates of corpus pages whose infobox has none', () => {
  // Worked out by hand from each page's {{coord|…|display=title}}.
  it.each([
    ['battle-of-the-nile.wiki', 31.333333, 30.116667],
    ['battle-of-bosworth-field.wiki', 52.591111, -1.410278],
    ['battle-of-bouvines.wiki', 50.583333, 3.225],
    ['battle-of-ramillies.wiki', 50.638611, 4.912778],
    ['battle-of-swiecino.wiki', 54.787222, 18.087778],
    ['battle-of-abritus.wiki', 43.58812, 26.369997],
    ['first-battle-of-el-alamein.wiki', 30.833333, 28.95],
    ['second-battle-of-el-alamein.wiki', 30.833333, 28.95],
  ])('%s', (file, lat, lon) => {
    expect(parsePage(file).coordinates).toEqual({ lat, lon });
    expect(parsePage(file, { sections: false }).coordinates).toEqual({ lat, lon });
  });

  it('every conflict article of the corpus with a {{coord}} anywhere has coordinates', () => {
    const missing = [...pages.keys()].filter((file) => {
      const text = readFileSync(pages.get(file)!.path, 'utf8');
      const conflict = parsePage(file);
      return conflict.infobox !== null && /\{\{\s*coord\s*\|/i.test(text) && conflict.coordinates === null;
    });
    expect(missing).toEqual([]);
  });
});

describe('place text', () => {
  it('Adwa: the {{coord|…|display=title}} in place prints nothing there, and still gives the coordinates', () => {
    const conflict = parsePage('battle-of-adwa.wiki');
    expect(conflict.place).toEqual({ text: 'Adwa, Ethiopia', parts: ['Adwa', 'Ethiopia'] });
    expect(conflict.coordinates).toEqual({ lat: 14.018889, lon: 38.973333 });
  });

  it('no corpus place holds coordinate text', () => {
    const withDegrees = [...pages.keys()].filter((file) => /\d°/.test(parsePage(file).place?.text ?? ''));
    expect(withDegrees).toEqual([]);
  });
});

describe('combatants', () => {
  it('Blenheim: "{{flag|Dutch Republic}}" and "{{flagicon|Denmark}} Danish Auxiliary Corps" on one rendered line are two parties', () => {
    const side = parsePage('battle-of-blenheim.wiki').sides[0]!;
    const names = side.combatants.map((p) => [p.name, p.flag]);
    expect(names.slice(-2)).toEqual([
      ['Dutch Republic', 'Dutch Republic'],
      ['Danish Auxiliary Corps', 'Denmark'],
    ]);
    expect(side.combatants.find((p) => p.name === 'Danish Auxiliary Corps')?.link).toBe(
      'Danish Auxiliary Corps in Anglo-Dutch service 1701-1714',
    );
  });
});
