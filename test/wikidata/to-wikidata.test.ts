// toWikidata: which figures become statements, with which qualifiers and reference, and why the others do not.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/_lib/errors.js';
import { ConflictSchema } from '../../src/model/conflict.js';
import { toWikidata } from '../../src/wikidata/to-wikidata.js';
import { WikidataResultSchema, type Snak, type WikidataStatement } from '../../src/wikidata/wikidata-statement.js';
import { thrown } from '../helpers/thrown.js';
import { conflict, figure, party, side } from './build-conflict.js';

const items = { 'Battle of Test': 'Q100', Mali: 'Q912', MNLA: 'Q1340', civilians: 'Q2000', 'Le Monde': 'Q12461' };
const twoSides = (casualties1: ReturnType<typeof figure>[], casualties2: ReturnType<typeof figure>[] = []) =>
  conflict({ sides: [side(1, [party('Mali', { link: 'Mali' })], casualties1), side(2, [party('MNLA')], casualties2)] });

/** The qualifiers of a statement as [property, id or label] pairs. */
const qualifiers = (s: WikidataStatement | undefined): [string, string][] =>
  (s?.qualifiers ?? []).map((q: Snak) => [
    q.property,
    q.value.type === 'item' ? (q.value.id ?? `?${q.value.label}`) : q.value.type === 'time' ? q.value.time : '',
  ]);

describe('toWikidata', () => {
  it("makes one statement per figure, on the conflict's item, with side, claimant and dates", () => {
    const result = toWikidata(
      twoSides(
        [figure({ kind: 'wounded', min: 1, source: 'Mali' })],
        [figure({ kind: 'killed', min: 3, source: 'Mali' })],
      ),
      { items },
    );
    expect(WikidataResultSchema.safeParse(result).success).toBe(true);
    expect(result.item).toEqual({ type: 'item', id: 'Q100', label: 'Battle of Test' });
    expect(result.statements.map((s) => [s.property, s.value.amount])).toEqual([
      ['P1339', '+1'],
      ['P1120', '+3'],
    ]);
    expect(qualifiers(result.statements[1])).toEqual([
      ['P710', 'Q1340'],
      ['P3680', 'Q912'],
      ['P580', '+2013-11-08T00:00:00Z'],
      ['P582', '+2013-11-08T00:00:00Z'],
    ]);
    expect(result.statements[1]?.origin).toMatchObject({ field: 'casualties2', index: 0 });
    expect(result.skipped).toEqual([]);
  });

  it('keeps two claims of the same kind for the same side as two statements, each with its own claimant', () => {
    const result = toWikidata(
      twoSides(
        [],
        [figure({ kind: 'killed', min: 3, source: 'Mali' }), figure({ kind: 'killed', min: 3, source: 'MNLA' })],
      ),
      { items },
    );
    expect(result.statements.map((s) => [s.property, s.value.amount, qualifiers(s)[1]])).toEqual([
      ['P1120', '+3', ['P3680', 'Q912']],
      ['P1120', '+3', ['P3680', 'Q1340']],
    ]);
  });

  it('writes a statement identical in every part once, and says which figure it repeats', () => {
    const result = toWikidata(
      twoSides([
        figure({ kind: 'killed', source: 'Mali', text: '3 killed' }),
        figure({ kind: 'killed', source: 'Mali', text: '3 dead' }),
      ]),
      { items },
    );
    expect(result.statements).toHaveLength(1);
    expect(result.skipped.map((s) => [s.field, s.index, s.reason])).toEqual([
      ['casualties1', 1, 'the same statement as casualties1 figure 1 ("3 killed")'],
    ]);
  });

  it('writes a range as bounds around its midpoint, and an approximate figure with sourcing circumstances = circa', () => {
    const result = toWikidata(twoSides([figure({ kind: 'casualties', min: 1000, max: 1500, approximate: true })]), {
      items,
    });
    expect(result.statements[0]?.value).toEqual({
      type: 'quantity',
      amount: '+1250',
      lowerBound: '+1000',
      upperBound: '+1500',
    });
    expect(qualifiers(result.statements[0])).toContainEqual(['P1480', 'Q5727902']);
  });

  it('ties a figure without party to every main combatant of its side, and one with a party to that party only', () => {
    const c = conflict({
      sides: [
        side(
          1,
          [
            party('United States', { link: 'United States' }),
            party('United Kingdom', { link: 'United Kingdom' }),
            party('Free France', { group: 'Supported by' }),
          ],
          [figure({ kind: 'killed', min: 10 }), figure({ kind: 'killed', min: 4, party: 'United Kingdom' })],
        ),
      ],
    });
    const result = toWikidata(c, { items: { 'United States': 'Q30', 'United Kingdom': 'Q145' } });
    expect(result.statements.map(qualifiers).map((q) => q.filter(([p]) => p === 'P710'))).toEqual([
      [
        ['P710', 'Q30'],
        ['P710', 'Q145'],
      ],
      [['P710', 'Q145']],
    ]);
  });

  it('names a country the side lists twice (under two headers) once', () => {
    const c = conflict({
      sides: [
        side(
          1,
          [
            party('United States', { link: 'United States', group: 'Ground Forces' }),
            party('United States', { group: 'Naval Support' }),
            party('Canada', { group: 'Naval Support' }),
          ],
          [figure({ kind: 'killed' })],
        ),
      ],
    });
    expect(
      qualifiers(toWikidata(c, { items: { 'United States': 'Q30', Canada: 'Q16' } }).statements[0]).filter(
        ([p]) => p === 'P710',
      ),
    ).toEqual([
      ['P710', 'Q30'],
      ['P710', 'Q16'],
    ]);
  });

  it('uses another side qualifier when asked', () => {
    const result = toWikidata(twoSides([figure({ kind: 'killed' })]), { items, sideProperty: 'P518' });
    expect(qualifiers(result.statements[0])[0]).toEqual(['P518', 'Q912']);
  });

  it('gives the full-width row no side, and a subject that is a part of the population applies to part', () => {
    const result = toWikidata(
      conflict({
        otherCasualties: { text: '', figures: [figure({ kind: 'killed', subject: 'civilians', source: 'MNLA' })] },
      }),
      { items },
    );
    expect(qualifiers(result.statements[0]).slice(0, 2)).toEqual([
      ['P518', 'Q2000'],
      ['P3680', 'Q1340'],
    ]);
    expect(result.statements[0]?.origin.field).toBe('otherCasualties');
  });

  it('needs no qualifier for a subject that only says "the side\'s people"', () => {
    const result = toWikidata(twoSides([figure({ kind: 'casualties', subject: 'men' })]), { items });
    expect(qualifiers(result.statements[0]).map(([p]) => p)).toEqual(['P710', 'P580', 'P582']);
  });

  it('keeps a name no item is known for as a labelled placeholder, never dropping it', () => {
    const result = toWikidata(twoSides([figure({ kind: 'killed', source: 'Herodotus' })]), { items: {} });
    expect(result.item).toEqual({ type: 'item', id: null, label: 'Battle of Test' });
    expect(qualifiers(result.statements[0]).slice(0, 2)).toEqual([
      ['P710', '?Mali'],
      ['P3680', '?Herodotus'],
    ]);
  });

  it("takes the item of a claimant that is a party through the party's page", () => {
    const c = conflict({
      sides: [
        side(
          1,
          [party('Malian Armed Forces', { link: 'Mali' })],
          [figure({ kind: 'killed', source: 'Malian Armed Forces' })],
        ),
      ],
    });
    expect(qualifiers(toWikidata(c, { items }).statements[0])[1]).toEqual(['P3680', 'Q912']);
  });

  it('prefers the item the Conflict carries (from fetch) to the map', () => {
    expect(toWikidata(conflict({ itemId: 'Q7' }), { items }).item.id).toBe('Q7');
  });

  it('dates a figure with a period by that period, and leaves dates out when the conflict has none', () => {
    const c = conflict({ sides: [side(1, [party('Mali')], [figure({ kind: 'killed', period: '1812–1814' })])] });
    expect(qualifiers(toWikidata(c, { items }).statements[0]).slice(1)).toEqual([
      ['P580', '+1812-00-00T00:00:00Z'],
      ['P582', '+1814-00-00T00:00:00Z'],
    ]);
    const undated = toWikidata(
      { ...c, date: null, sides: [side(1, [party('Mali')], [figure({ kind: 'killed' })])] },
      { items },
    );
    expect(qualifiers(undated.statements[0]).map(([p]) => p)).toEqual(['P710']);
  });

  it("references the revision read and the figure's own citation", () => {
    const c = conflict({
      revisionId: 804638880,
      references: [
        { id: 'ref-a', name: 'a', text: 'no link here', citation: null, fields: ['casualties1'] },
        {
          id: 'ref-b',
          name: 'b',
          text: 'Le Monde',
          citation: {
            template: 'cite web',
            url: 'https://www.lemonde.fr/x|y',
            title: 'Mali: clashes',
            work: 'Le Monde',
            date: null,
            params: [],
          },
          fields: ['casualties1'],
        },
      ],
      sides: [side(1, [party('Mali')], [figure({ kind: 'killed', refs: ['ref-a', 'ref-b'] })])],
    });
    const [reference] = toWikidata(c, { items }).statements[0]!.references;
    expect(
      reference!.map((s) => [
        s.property,
        'id' in s.value ? s.value.id : 'value' in s.value ? s.value.value : 'text' in s.value ? s.value.text : '',
      ]),
    ).toEqual([
      ['P143', 'Q328'],
      ['P4656', 'https://en.wikipedia.org/w/index.php?title=Battle_of_Test&oldid=804638880'],
      ['P248', 'Q12461'],
      ['P854', 'https://www.lemonde.fr/x|y'],
      ['P1476', 'Mali: clashes'],
    ]);
  });

  it('finds a bare URL in a reference without cite template, and names the edition of another language', () => {
    const c = conflict({
      title: 'Bataille de Test',
      references: [
        { id: 'ref-1', name: null, text: 'Voir https://example.org/page.html, consulté', citation: null, fields: [] },
      ],
      sides: [side(1, [party('Mali')], [figure({ kind: 'killed', refs: ['ref-1'] })])],
    });
    const [reference] = toWikidata(c, { items, lang: 'fr' }).statements[0]!.references;
    expect(reference).toEqual([
      { property: 'P143', value: { type: 'item', id: 'Q8447', label: 'fr.wikipedia.org' } },
      { property: 'P4656', value: { type: 'url', value: 'https://fr.wikipedia.org/wiki/Bataille_de_Test' } },
      { property: 'P854', value: { type: 'url', value: 'https://example.org/page.html' } },
    ]);
  });

  it.each([
    ['at least 7,000 killed', figure({ kind: 'killed', min: 7000, max: null }), /^open upper bound/],
    ['up to 500 wounded', figure({ kind: 'wounded', min: null, max: 500 }), /^open lower bound/],
    ['6 captured', figure({ kind: 'captured', min: 6 }), /number of people captured/],
    ['2 executed', figure({ kind: 'executed', min: 2 }), /would count them with the deaths in action/],
    ['12 tanks destroyed', figure({ kind: 'destroyed', min: 12, subject: 'tanks' }), /equipment losses/],
    ['300 tanks (strength)', figure({ kind: 'strength', min: 300, subject: 'tanks' }), /counts equipment \("tanks"\)/],
    [
      'Initial: 100,000',
      figure({ kind: 'strength', min: 100000, phase: 'Initial' }),
      /stage of the conflict \("Initial"\)/,
    ],
    [
      'in the later years: 5 killed',
      figure({ kind: 'killed', period: 'in the later years' }),
      /period "in the later years" could not be read/,
    ],
  ])('skips %s, with the reason', (_text, f, reason) => {
    const result = toWikidata(twoSides([f]), { items });
    expect(result.statements).toEqual([]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.reason).toMatch(reason);
    expect(result.skipped[0]?.figure).toEqual(f);
  });

  it('skips a side figure when the side names no combatant, and political strength', () => {
    const c = conflict({
      sides: [
        {
          ...side(1, [], [figure({ kind: 'killed' })]),
          polStrength: { text: '', figures: [figure({ kind: 'strength', min: 5000 })] },
        },
      ],
    });
    expect(toWikidata(c, { items }).skipped.map((s) => [s.field, s.reason])).toEqual([
      ['polstrength1', 'political strength counts supporters, not participants, and has no Wikidata property'],
      ['casualties1', 'side 1 names no combatant to tie the figure to'],
    ]);
  });

  it('maps strength to number of participants, and military strength too', () => {
    const c = conflict({
      sides: [
        {
          ...side(1, [party('Mali')], [], [figure({ kind: 'strength', min: 500 })]),
          milStrength: { text: '', figures: [figure({ kind: 'strength', min: 400 })] },
        },
      ],
    });
    expect(toWikidata(c, { items }).statements.map((s) => [s.origin.field, s.property, s.value.amount])).toEqual([
      ['strength1', 'P1132', '+500'],
      ['milstrength1', 'P1132', '+400'],
    ]);
  });

  it.each([
    [{ lang: 'EN' }, /options.lang must be a language code/],
    [{ wikiUrl: 'not a url' }, /options.wikiUrl must be a URL/],
    [{ sideProperty: 'Q5' }, /options.sideProperty must be a property id/],
    [{ items: { Mali: 'P17' } }, /options.items\["Mali"\] must be an item id/],
    [{ items: new Map([['Mali', 'x']]) }, /options.items\["Mali"\] must be an item id/],
  ])('refuses the options %j with an InputError', (options, message) => {
    const error = thrown(() => toWikidata(conflict(), options as never));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('accepts a Map as the items', () => {
    expect(toWikidata(conflict(), { items: new Map([['battle of test', 'Q9']]) }).item.id).toBe('Q9');
  });

  it('is given a valid Conflict by the helpers', () => {
    expect(ConflictSchema.safeParse(twoSides([figure({ kind: 'killed' })])).success).toBe(true);
  });
});
