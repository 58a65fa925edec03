// Speed shortcuts: for every corpus article and wikitext fixture, the fast path (parseLite, apparatus cut, tag scan)
// gives the very Conflict the reference path (every shortcut off: wikiparser-node on the whole page) gives, and
// the shortcuts really fire on real articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConflict, type ParseOptions } from '../../src/index.js';
import { cutApparatus } from '../../src/02-read/wikitext/cut-apparatus.js';
import { REFERENCE_PATH } from '../../src/wikitext/fast/reader-switches.js';
import { parseConflictWith } from '../../src/parse-conflict.js';
import { scanPageOutline } from '../../src/02-read/wikitext/scan-page-outline.js';
import { wikitextPages } from '../../scripts/_lib/corpus.js';

const pages = wikitextPages();

function reference(text: string, options: ParseOptions = {}): ReturnType<typeof parseConflict> {
  return parseConflictWith(text, options, REFERENCE_PATH);
}

describe('fast path = reference path', () => {
  it('covers the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages.map((p) => [p.slice(p.lastIndexOf('/') + 1), p]))('%s', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(parseConflict(text)).toEqual(reference(text));
  });

  it.each(pages.map((p) => [p.slice(p.lastIndexOf('/') + 1), p]))('%s, sections: false', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(parseConflict(text, { sections: false })).toEqual(reference(text, { sections: false }));
  });

  it('cuts apparatus on most corpus articles', () => {
    const cut = pages.filter((p) => {
      const text = readFileSync(p, 'utf8');
      return cutApparatus(text, scanPageOutline(text)) !== null;
    });
    expect(cut.length).toBeGreaterThan(pages.length / 2);
  });
});

describe('cutApparatus', () => {
  const page = (body: string): string => `{{Infobox military conflict|conflict=X}}\nLead.\n== Battle ==\nText.${body}`;

  it('keeps each footnote of a cut section, outermost only, and the next prose section', () => {
    const src = page(
      '\n== References ==\n{{reflist|refs=<ref name=a>A {{sfn|B|1990}}</ref>}}\n* {{cite book|title=T}}\n== Aftermath ==\nMore.',
    );
    expect(cutApparatus(src, scanPageOutline(src))).toBe(
      page('\n== References ==\n<ref name=a>A {{sfn|B|1990}}</ref>\n== Aftermath ==\nMore.'),
    );
  });

  it('cuts the subsections of an apparatus section, up to the end of the page', () => {
    const src = page('\n== Bibliography ==\n=== Primary ===\n* {{cite book|title=T}}\n{{Navbox}}\n[[Category:X]]');
    expect(cutApparatus(src, scanPageOutline(src))).toBe(page('\n== Bibliography =='.concat('\n')));
  });

  it.each([
    ['no standard infobox', 'Lead.\n== Battle ==\nText.\n== Notes ==\nx'],
    ['an unclosed template', '{{Infobox military conflict|conflict=X}}\n== Battle ==\n{{cite\n== Notes ==\nx'],
    [
      'a first heading that is apparatus',
      '{{Infobox military conflict|conflict=X}}\n== Sources ==\nx\n== Battle ==\ny',
    ],
    ['no apparatus section', '{{Infobox military conflict|conflict=X}}\n== Battle ==\nText.'],
  ])('leaves the page whole with %s', (_case, src) => {
    expect(cutApparatus(src, scanPageOutline(src))).toBeNull();
  });

  it('does not take a heading inside a template or comment for a section', () => {
    const src = page('\n{{quote|\n== References ==\nkept}}\n<!--\n== Notes ==\n-->\nEnd.');
    expect(cutApparatus(src, scanPageOutline(src))).toBeNull();
  });
});
