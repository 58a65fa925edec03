// Tests for stage 3 (interpret): the whole interpreter on the seed article and on hand-made raw articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/02-read/plain/read-plain.js';
import { interpretArticle } from '../../src/03-interpret/interpret-article.js';
import { splitArticleFigures } from '../../src/04-figures/split-article-figures.js';
import { plainValue, type CleanValue } from '../../src/_lib/clean-value.js';
import { createContext } from '../../src/_lib/context.js';
import type { RawArticle } from '../../src/_lib/raw-article.js';
import { ConflictSchema } from '../../src/model/conflict.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');

function rawArticle(fields: Array<[string, string | CleanValue]>, extra: Partial<RawArticle> = {}): RawArticle {
  return {
    format: 'wikitext',
    title: null,
    infobox: {
      template: 'Infobox military conflict',
      standard: true,
      fields: fields.map(([name, v]) => {
        const value = typeof v === 'string' ? plainValue(v) : v;
        return { name, raw: value.text, value };
      }),
    },
    lead: [],
    sections: [],
    references: [],
    ...extra,
  };
}

describe('the seed article (plain format)', () => {
  const ctx = createContext();
  const conflict = interpretArticle(readPlain(seed, ctx), ctx);

  it('reads title, name, partOf and result', () => {
    expect(conflict.title).toBe('Amazragane skirmish');
    expect(conflict.name).toBe('Amazragane skirmish');
    expect(conflict.partOf).toBe('Mali War');
    expect(conflict.result).toBe('Malian victory');
  });

  it('reads the date and place', () => {
    expect(conflict.date).toEqual({ text: 'November 8, 2013', start: '2013-11-08', end: '2013-11-08', ongoing: false });
    expect(conflict.place?.parts).toEqual(['Amazragane', 'Ménaka Region', 'Mali']);
    expect(conflict.coordinates).toBeNull();
  });

  it('builds two sides and puts casualties3 in otherCasualties', () => {
    expect(conflict.sides.map((s) => s.index)).toEqual([1, 2]);
    expect(conflict.sides[0]?.combatants).toEqual([
      { name: 'Mali', link: null, flag: null, row: '', group: null, qualifier: null },
    ]);
    expect(conflict.sides[1]?.combatants.map((p) => p.name)).toEqual(['MNLA']);
    expect(conflict.sides[0]?.casualties?.text).toBe('1 injured (per Mali), 2 killed (per MNLA)');
    expect(conflict.sides[1]?.casualties?.text).toBe('3 killed, 4 injured, 6 captured (per Mali)');
    expect(conflict.otherCasualties?.text).toBe('3 civilians killed, 3 injured (per MNLA)');
  });

  it('keeps every infobox field and passes lead and sections through', () => {
    expect(conflict.infobox?.fields.map((f) => f.name)).toEqual([
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
    expect(conflict.lead[0]).toMatch(/^On November 8, 2013, clashes broke out/);
    expect(conflict.sections.map((s) => s.title)).toEqual(['Background', 'Skirmish', 'Aftermath']);
  });

  it('hands every combatant name on for stage 4, emits no warnings, and validates once figures are split', () => {
    expect(conflict.parties).toEqual(['Mali', 'MNLA']);
    expect(ctx.warnings).toEqual([]);
    expect(ConflictSchema.safeParse({ ...splitArticleFigures(conflict, ctx), warnings: ctx.warnings }).success).toBe(
      true,
    );
  });
});

describe('title', () => {
  it.each([
    ['the raw title first', 'Raw', 'Option', 'Raw'],
    ['then options.title', null, 'Option', 'Option'],
    ['then the conflict value', null, undefined, 'Battle of X'],
  ])('uses %s', (_case, title, option, expected) => {
    const ctx = createContext(option === undefined ? {} : { title: option });
    expect(interpretArticle(rawArticle([['conflict', 'Battle of X']], { title }), ctx).title).toBe(expected);
  });

  it('is empty without any source', () => {
    const ctx = createContext();
    expect(interpretArticle(rawArticle([]), ctx).title).toBe('');
  });
});

describe('sides', () => {
  it('adds a third side when combatant3 is given; casualties3 then belongs to it', () => {
    const ctx = createContext();
    const c = interpretArticle(
      rawArticle([
        ['combatant1', 'A'],
        ['combatant2', 'B'],
        ['combatant3', 'C'],
        ['casualties3', '5 killed'],
      ]),
      ctx,
    );
    expect(c.sides.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(c.sides[2]?.casualties?.text).toBe('5 killed');
    expect(c.otherCasualties).toBeNull();
  });

  it('adds a side for an extra row alone (combatant4a) and keeps rows in order', () => {
    const ctx = createContext();
    const c = interpretArticle(
      rawArticle([
        ['combatant1b', 'B'],
        ['combatant1', 'A'],
        ['combatant1a', 'Aa'],
        ['combatant4a', 'D'],
      ]),
      ctx,
    );
    expect(c.sides.map((s) => s.index)).toEqual([1, 2, 4]);
    expect(c.sides[0]?.combatants.map((p) => [p.name, p.row])).toEqual([
      ['A', ''],
      ['Aa', 'a'],
      ['B', 'b'],
    ]);
    expect(c.sides[2]?.combatants.map((p) => [p.name, p.row])).toEqual([['D', 'a']]);
  });

  it('reads commanders with rows, units, strengths and an empty combatant3 as absent', () => {
    const ctx = createContext();
    const c = interpretArticle(
      rawArticle([
        ['combatant1', 'A'],
        ['combatant3', ''],
        ['commander1', 'General X\nColonel Y'],
        ['commander1a', 'Major Z'],
        ['units1', 'First Army\n—\nSecond Army'],
        ['strength1', '10,000'],
        ['polstrength1', '5 parties'],
        ['milstrength1', '3,000'],
        ['casualties3', '40 civilians'],
      ]),
      ctx,
    );
    const side = c.sides[0]!;
    expect(c.sides.map((s) => s.index)).toEqual([1, 2]);
    expect(side.commanders.map((p) => [p.name, p.row])).toEqual([
      ['General X', ''],
      ['Colonel Y', ''],
      ['Major Z', 'a'],
    ]);
    expect(side.units).toEqual(['First Army', 'Second Army']);
    expect([side.strength?.text, side.polStrength?.text, side.milStrength?.text]).toEqual([
      '10,000',
      '5 parties',
      '3,000',
    ]);
    expect(c.otherCasualties?.text).toBe('40 civilians');
    expect(c.sides[1]).toEqual({
      index: 2,
      combatants: [],
      commanders: [],
      units: [],
      strength: null,
      polStrength: null,
      milStrength: null,
      casualties: null,
    });
  });

  it('has no sides without an infobox', () => {
    const ctx = createContext();
    const c = interpretArticle({ ...rawArticle([]), infobox: null }, ctx);
    expect(c.sides).toEqual([]);
    expect(c.infobox).toBeNull();
    expect(c.date).toBeNull();
  });
});

describe('fields', () => {
  it('reads date, place and coordinates from cleaned wikitext values', () => {
    const ctx = createContext();
    const c = interpretArticle(
      rawArticle([
        ['date', '20–21 October 1805 (Gregorian calendar)'],
        ['place', 'Cape Trafalgar,\nSpain'],
        ['coordinates', '36.3°N 6.25°W'],
        ['territory', 'None'],
        ['status', 'Ended'],
        ['notes', 'A note'],
      ]),
      ctx,
    );
    expect(c.date).toMatchObject({ start: '1805-10-20', end: '1805-10-21' });
    expect(c.place).toEqual({ text: 'Cape Trafalgar,\nSpain', parts: ['Cape Trafalgar', 'Spain'] });
    expect(c.coordinates).toEqual({ lat: 36.3, lon: -6.25 });
    expect([c.territory, c.status, c.notes]).toEqual(['None', 'Ended', 'A note']);
    expect(ctx.warnings).toEqual([]);
  });

  it('keeps an unknown field in infobox.fields and warns unknown-field once per field', () => {
    const ctx = createContext();
    const c = interpretArticle(
      rawArticle([
        ['casus', 'A war'],
        ['campaign', 'X'],
        ['combatant1', 'A'],
      ]),
      ctx,
    );
    expect(c.infobox?.fields.map((f) => f.name)).toEqual(['casus', 'campaign', 'combatant1']);
    expect(ctx.warnings.map((w) => [w.code, w.field])).toEqual([
      ['unknown-field', 'casus'],
      ['unknown-field', 'campaign'],
    ]);
  });

  it('interprets layout and header parameters to nothing, without warnings', () => {
    const ctx = createContext();
    const c = interpretArticle(
      rawArticle([
        ['image', 'x.jpg'],
        ['map_type', 'Mali'],
        ['combatants_header', 'Sides'],
        ['campaignbox', 'Box'],
      ]),
      ctx,
    );
    expect(ctx.warnings).toEqual([]);
    expect(c.infobox?.fields).toHaveLength(4);
  });

  it('does not warn for positional parameters (the reader reports them)', () => {
    const ctx = createContext();
    interpretArticle(rawArticle([['1', 'image']]), ctx);
    expect(ctx.warnings).toEqual([]);
  });

  it('uses the last of repeated parameters, as MediaWiki does', () => {
    const ctx = createContext();
    expect(
      interpretArticle(
        rawArticle([
          ['result', 'First'],
          ['result', 'Second'],
        ]),
        ctx,
      ).result,
    ).toBe('Second');
  });

  it('warns unparsed-date and unparsed-coordinates for unreadable values', () => {
    const ctx = createContext();
    interpretArticle(
      rawArticle([
        ['date', 'Unknown'],
        ['coordinates', 'somewhere'],
      ]),
      ctx,
    );
    expect(ctx.warnings.map((w) => w.code)).toEqual(['unparsed-date', 'unparsed-coordinates']);
  });
});

describe('non-standard infobox (Infobox military operation)', () => {
  const operation = (): RawArticle => {
    const raw = rawArticle([
      ['name', 'Operation Serval'],
      ['location', 'Northern Mali'],
      ['executed_by', 'France\nChad'],
      ['target', 'Ansar Dine'],
      ['casualties', '10 killed'],
      ['fatalities', '2 civilians'],
      ['partof', 'Mali War'],
      ['date', '11 January 2013 – 15 July 2014'],
      ['objective', 'Stop the advance'],
    ]);
    return { ...raw, infobox: { ...raw.infobox!, template: 'Infobox military operation', standard: false } };
  };

  it('maps the shared and aliased parameters', () => {
    const ctx = createContext();
    const c = interpretArticle(operation(), ctx);
    expect(c.name).toBe('Operation Serval');
    expect(c.title).toBe('Operation Serval');
    expect(c.place?.parts).toEqual(['Northern Mali']);
    expect(c.partOf).toBe('Mali War');
    expect(c.date).toMatchObject({ start: '2013-01-11', end: '2014-07-15' });
    expect(c.sides[0]?.combatants.map((p) => p.name)).toEqual(['France', 'Chad']);
    expect(c.sides[1]?.combatants.map((p) => p.name)).toEqual(['Ansar Dine']);
    expect(c.otherCasualties?.text).toBe('10 killed\n2 civilians');
  });

  it('warns unknown-field for what it cannot map', () => {
    const ctx = createContext();
    interpretArticle(operation(), ctx);
    expect(ctx.warnings.map((w) => [w.code, w.field])).toEqual([['unknown-field', 'objective']]);
  });

  it('does not apply aliases to the standard infobox', () => {
    const ctx = createContext();
    const c = interpretArticle(rawArticle([['location', 'Somewhere']]), ctx);
    expect(c.place).toBeNull();
    expect(ctx.warnings.map((w) => [w.code, w.field])).toEqual([['unknown-field', 'location']]);
  });
});

describe('plain format keys written as prose', () => {
  it('accepts "Part of" and "Combatants header"', () => {
    const ctx = createContext();
    const raw = readPlain('= X =\n\nInfobox\n- Part of: Mali War\n- Combatants header: Sides\n', ctx);
    expect(interpretArticle(raw, ctx).partOf).toBe('Mali War');
    expect(ctx.warnings).toEqual([]);
  });
});
