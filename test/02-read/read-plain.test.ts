import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/02-read/plain/read-plain.js';
import { createContext } from '../../src/_lib/context.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');

describe('readPlain', () => {
  it('reads the seed: title, infobox fields in order, lead and sections', () => {
    const ctx = createContext();
    const raw = readPlain(seed, ctx);
    expect(raw.title).toBe('Amazragane skirmish');
    expect(raw.infobox?.fields.map((f) => f.name)).toEqual([
      'conflict',
      'place',
      'partof',
      'date',
      'result',
      'combatant1',
      'combatant2',
      'casualties1',
      'casualties2',
      'casualties3',
    ]);
    expect(raw.infobox?.fields[7]?.raw).toBe('1 injured (per Mali), 2 killed (per MNLA)');
    expect(raw.lead).toHaveLength(1);
    expect(raw.lead[0]).toMatch(/^On November 8, 2013, clashes broke out/);
    expect(raw.sections.map((s) => [s.title, s.level, s.paragraphs.length])).toEqual([
      ['Background', 2, 1],
      ['Skirmish', 2, 2],
      ['Aftermath', 2, 2],
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it('nests deeper headings and accepts CRLF line ends', () => {
    const raw = readPlain(
      '= T =\r\n\r\n== A ==\r\none\r\n\r\n=== B ===\r\ntwo\r\n\r\n== C ==\r\nthree\r\n',
      createContext(),
    );
    expect(raw.sections).toEqual([
      {
        title: 'A',
        level: 2,
        paragraphs: ['one'],
        sections: [{ title: 'B', level: 3, paragraphs: ['two'], sections: [] }],
      },
      { title: 'C', level: 2, paragraphs: ['three'], sections: [] },
    ]);
  });

  it('keeps a malformed infobox line and warns instead of dropping it', () => {
    const ctx = createContext();
    const raw = readPlain('= T =\n\nInfobox\n- Date: 1916\nnot a field line\n', ctx);
    expect(raw.infobox?.fields.map((f) => f.raw)).toEqual(['1916', 'not a field line']);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['plain-format']);
  });

  it('warns when the title line or infobox is missing, and keeps the text as lead', () => {
    const ctx = createContext();
    const raw = readPlain('Only a paragraph.\n', ctx);
    expect(raw.title).toBeNull();
    expect(raw.infobox).toBeNull();
    expect(raw.lead).toEqual(['Only a paragraph.']);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['plain-format', 'no-infobox']);
  });
});
