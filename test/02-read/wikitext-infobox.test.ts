import { describe, expect, it } from 'vitest';
import { CONFLICT_INFOBOXES, CONFLICT_LIKE_INFOBOXES } from '../../src/_data/infobox-templates.js';
import { normalizeTemplateName } from '../../src/wikitext/template-name.js';
import { codes, read } from './wikitext-helpers.js';

const conflictExamples = CONFLICT_INFOBOXES.flatMap((e) => e.examples);
const otherExamples = CONFLICT_LIKE_INFOBOXES.flatMap((e) => e.examples);

describe('infobox name tables', () => {
  it('ids and normalised names are unique across both tables, and every entry has examples', () => {
    const all = [...CONFLICT_INFOBOXES, ...CONFLICT_LIKE_INFOBOXES];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => normalizeTemplateName(e.name))).size).toBe(all.length);
    for (const e of all) expect(e.examples.length).toBeGreaterThan(0);
  });

  it('covers the redirects named in the brief', () => {
    const names = new Set(CONFLICT_INFOBOXES.map((e) => normalizeTemplateName(e.name)));
    for (const n of [
      'Infobox Military Conflict',
      'Infobox battle',
      'Infobox Battle',
      'Infobox war',
      'Infobox War',
      'Warbox',
      'Infobox conflict',
    ]) {
      expect(names.has(normalizeTemplateName(n)), n).toBe(true);
    }
  });
});

describe('readWikitext: finding the conflict infobox', () => {
  it.each(conflictExamples)('%s', (source) => {
    const raw = read(`${source}\nThe battle was fought.`);
    expect(raw.infobox?.standard).toBe(true);
    expect(raw.infobox?.fields).toEqual([
      { name: 'conflict', raw: 'X', value: expect.objectContaining({ text: 'X' }) },
    ]);
    expect(codes(raw.warnings)).not.toContain('no-infobox');
    expect(codes(raw.warnings)).not.toContain('other-infobox');
  });

  it('keeps the template name as written, comments dropped and spaces collapsed', () => {
    expect(read('{{ Infobox  Military Conflict <!-- c -->\n|conflict=X}}').infobox?.template).toBe(
      'Infobox Military Conflict',
    );
    expect(read('{{Template:Infobox_battle|conflict=X}}').infobox?.template).toBe('Template:Infobox_battle');
  });

  it('finds the infobox when a conflict-like one comes first, and ignores templates that only start alike', () => {
    const raw = read('{{Infobox military operation|name=A}}\n{{Infobox military conflict|conflict=B}}');
    expect(raw.infobox?.standard).toBe(true);
    expect(raw.infobox?.fields[0]?.raw).toBe('B');
    expect(read('{{Infobox military conflict2|conflict=X}}').infobox).toBeNull();
    expect(read('{{Infobox military unit|name=X}}').infobox).toBeNull();
  });
});

describe('readWikitext: conflict-like infoboxes', () => {
  it.each(otherExamples)('%s', (source) => {
    const raw = read(source);
    expect(raw.infobox?.standard).toBe(false);
    expect(raw.infobox?.fields).toHaveLength(1);
    const warning = raw.warnings.find((w) => w.code === 'other-infobox');
    expect(warning?.message).toContain(raw.infobox?.template);
  });
});

describe('readWikitext: no infobox', () => {
  it('still reads lead and sections and warns no-infobox', () => {
    const raw = read('The battle was fought.\n\n== Background ==\nIt rained.');
    expect(raw.infobox).toBeNull();
    expect(raw.lead).toEqual(['The battle was fought.']);
    expect(raw.sections.map((s) => s.title)).toEqual(['Background']);
    expect(codes(raw.warnings)).toEqual(['no-infobox']);
  });

  it('reports an infobox that is never closed', () => {
    const raw = read('{{Infobox military conflict\n| conflict = X\n| date = 1916\n\nThe battle was fought.');
    expect(raw.infobox).toBeNull();
    expect(codes(raw.warnings)).toEqual(expect.arrayContaining(['no-infobox', 'unclosed-markup']));
  });
});

describe('readWikitext: infobox fields', () => {
  it('lists every parameter in source order, names trimmed and lower-cased, raw values exact and trimmed', () => {
    const raw = read(
      '{{Infobox military conflict\n| Conflict = Battle of X\n|  DATE  =  8 November 2013 \n| result = Victory<ref>Smith 2001.</ref>\n}}',
    );
    expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([
      ['conflict', 'Battle of X'],
      ['date', '8 November 2013'],
      ['result', 'Victory<ref>Smith 2001.</ref>'],
    ]);
  });

  it('skips empty parameters, comment-only values and a trailing bare |, silently', () => {
    const raw = read(
      '{{Infobox military conflict\n| conflict = X\n| caption =\n| casualties3 = <!-- fill in -->\n||image = A.jpg\n| result = Won\n|\n}}',
    );
    expect(raw.infobox?.fields.map((f) => f.name)).toEqual(['conflict', 'image', 'result']);
    expect(raw.warnings).toEqual([]);
  });

  it('keeps the last of duplicated parameters, where it stands, and says an earlier value was replaced', () => {
    const raw = read('{{Infobox military conflict\n| date = 1915\n| conflict = X\n| date = 1916\n}}');
    expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([
      ['conflict', 'X'],
      ['date', '1916'],
    ]);
    const dup = raw.warnings.filter((w) => w.code === 'duplicate-field');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.field).toBe('date');
    expect(dup[0]?.message).toContain('earlier value "1915" was replaced');
  });

  it('lets a later empty duplicate erase the value, as MediaWiki does, and warns', () => {
    const raw = read('{{Infobox military conflict\n| result = Victory\n| result =\n| conflict = X\n}}');
    expect(raw.infobox?.fields.map((f) => f.name)).toEqual(['conflict']);
    expect(raw.warnings.find((w) => w.code === 'duplicate-field')?.message).toContain('replaced by an empty value');
  });

  it('does not warn when the earlier duplicate was empty', () => {
    const raw = read('{{Infobox military conflict\n| result =\n| result = Victory\n}}');
    expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([['result', 'Victory']]);
    expect(codes(raw.warnings)).toEqual([]);
  });

  it('keeps a positional parameter with text under its number and warns', () => {
    const raw = read('{{Infobox military conflict\n| conflict = X\n| stray text\n}}');
    expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([
      ['conflict', 'X'],
      ['1', 'stray text'],
    ]);
    expect(raw.warnings).toEqual([expect.objectContaining({ code: 'positional-field', field: '1' })]);
  });

  it('numbers positional parameters as MediaWiki does, empty ones included', () => {
    const raw = read('{{Infobox military conflict||second|conflict=X}}');
    expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([
      ['2', 'second'],
      ['conflict', 'X'],
    ]);
  });

  it.each(['__proto__', 'constructor', 'hasownproperty', 'tostring'])(
    'treats a parameter named %s as plain data',
    (name) => {
      const raw = read(`{{Infobox military conflict\n| ${name} = polluted\n| conflict = X\n| ${name} = again\n}}`);
      expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([
        ['conflict', 'X'],
        [name, 'again'],
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(codes(raw.warnings)).toEqual(['duplicate-field']);
    },
  );

  it('cleans each value with the cleaner, anchoring refs with their reference ids', () => {
    const raw = read('{{Infobox military conflict\n| result = Victory<ref name="a">Smith 2001.</ref>\n}}');
    const value = raw.infobox?.fields[0]?.value;
    expect(value?.text).toBe('Victory');
    expect(value?.refs).toEqual([{ offset: 7, id: 'ref-a' }]);
    expect(raw.references.map((r) => [r.id, r.fields])).toEqual([['ref-a', ['result']]]);
  });

  it('anchors short footnotes and notes in values with their reference ids', () => {
    const raw = read(
      '{{Infobox military conflict\n| casualties1 = 300 killed{{sfn|Barker|2005|p=3}}<br>20 captured{{efn|name=n|Some say 30.}}\n}}',
    );
    const value = raw.infobox?.fields[0]?.value;
    expect(value?.text).toBe('300 killed\n20 captured');
    expect(value?.refs).toEqual([
      { offset: 10, id: 'ref-1' },
      { offset: 22, id: 'ref-n' },
    ]);
    expect(raw.references.map((r) => [r.id, r.text])).toEqual([
      ['ref-1', 'Barker 2005, p. 3'],
      ['ref-n', 'Some say 30.'],
    ]);
  });
});
