// Golden Wikidata output: fixtures/wikidata/<slug>.qs and <slug>.wikidata.json for the seed and five corpus
// articles, each read against its article (fixtures/REVIEW.md); the JSON validated against the Wikibase schema and
// read back to the figures it came from. Regenerate with UPDATE=1, then review the diff line by line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseConflict } from '../../src/parse-conflict.js';
import type { Conflict } from '../../src/model/conflict.js';
import { normalizeKey, readItemsMap } from '../../src/wikidata/read-items-map.js';
import { renderQuickStatements } from '../../src/wikidata/render-quickstatements.js';
import { renderWikidataJson, type WikidataJson } from '../../src/wikidata/render-wikidata-json.js';
import { toWikidata } from '../../src/wikidata/to-wikidata.js';
import type { WikidataResult } from '../../src/wikidata/wikidata-statement.js';
import { WIKIDATA_JSON_SCHEMA } from '../../src/wikidata/wikidata-json-schema.js';
import { readBack, type ReadBack } from './read-back.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const out = new URL('wikidata/', fixtures);
const update = process.env.UPDATE === '1';

/** Title, page id and revision of each corpus page (fixtures/corpus/MANIFEST.tsv). */
const manifest = new Map(
  readFileSync(new URL('corpus/MANIFEST.tsv', fixtures), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, title, pageId, revisionId]) => [
      file!,
      { title: title!, pageId: Number(pageId), revisionId: Number(revisionId) },
    ]),
);

const ARTICLES = [
  'amazragane-skirmish.txt',
  'battle-of-actium.wiki',
  'battle-of-marathon.wiki',
  'battle-of-gettysburg.wiki',
  'battle-of-stalingrad.wiki',
  'battle-of-okinawa.wiki',
];

interface Case {
  conflict: Conflict;
  result: WikidataResult;
  labels: Map<string, string>;
}

function run(file: string): Case {
  const slug = file.replace(/\.\w+$/, '');
  const page = manifest.get(file);
  const conflict = parseConflict(readFileSync(new URL(file, fixtures), 'utf8'), page ?? {});
  const mapUrl = new URL(`${slug}.items.tsv`, out);
  const items = existsSync(mapUrl) ? readItemsMap(readFileSync(mapUrl, 'utf8')) : {};
  const labels = new Map(Object.entries(items).map(([key, id]) => [id, key]));
  return { conflict, result: toWikidata(conflict, { items }), labels };
}

function golden(name: string, text: string): void {
  const url = new URL(name, out);
  if (update) writeFileSync(url, text);
  expect(text).toBe(readFileSync(url, 'utf8'));
}

/** What the read-back of a statement's figure must be: its own bounds and qualifiers, its side's combatants when it names no party. */
function expected(c: Case): ReadBack[] {
  return c.result.statements.map(({ origin: { field, figure }, qualifiers }) => {
    const sideIndex = /^(?:strength|milstrength|casualties)(\d+)$/.exec(field)?.[1];
    const side = c.conflict.sides.find((s) => String(s.index) === sideIndex);
    const main = side ? side.combatants.filter((p) => p.group === null) : [];
    const listed = side ? (main.length > 0 ? main : side.combatants) : [];
    // One qualifier per country, however often the side lists it.
    const once = listed.filter(
      (p, i) => listed.findIndex((q) => normalizeKey(q.link ?? q.name) === normalizeKey(p.link ?? p.name)) === i,
    );
    const sides = figure.party !== null ? [figure.party] : once.map((p) => p.name);
    const time = (p: string) => {
      const q = qualifiers.find((s) => s.property === p);
      return q?.value.type === 'time' ? q.value.time : null;
    };
    return {
      kind: figure.kind,
      min: figure.min!,
      max: figure.max!,
      approximate: figure.approximate,
      sides,
      subject: qualifiers.some((q) => q.property === 'P518') ? figure.subject : null,
      source: figure.source,
      start: time('P580'),
      end: time('P582'),
    };
  });
}

/** Labels compared as the map compares them (case and `_` folded); each list sorted, so claims' grouping by property does not matter. */
const canonical = (rows: ReadBack[], labels: Map<string, string>): string[] =>
  rows
    .map((r) => {
      const fold = (s: string | null) => (s === null ? null : normalizeKey(labels.get(s) ?? s));
      return JSON.stringify({ ...r, sides: r.sides.map(fold), subject: fold(r.subject), source: fold(r.source) });
    })
    .sort();

const validate = new Ajv({ allErrors: true, strict: false }).compile(WIKIDATA_JSON_SCHEMA);

describe.each(ARTICLES)('Wikidata golden: %s', (file) => {
  const slug = file.replace(/\.\w+$/, '');
  const c = run(file);

  it('renders the QuickStatements golden', () => {
    golden(`${slug}.qs`, renderQuickStatements(c.result));
  });

  it('renders the Wikidata JSON golden', () => {
    golden(`${slug}.wikidata.json`, renderWikidataJson(c.result));
  });

  it('writes one well-formed QuickStatements line per statement', () => {
    const lines = renderQuickStatements(c.result).split('\n').slice(0, -1);
    expect(lines).toHaveLength(c.result.statements.length);
    for (const line of lines) {
      const cells = line.split('\t');
      expect(cells.length % 2).toBe(1);
      expect(cells[0]).toMatch(/^(Q[1-9]\d*|UNRESOLVED\[[^\t|[\]]+\])$/);
      const properties = cells.filter((_, i) => i % 2 === 1);
      expect(properties.filter((p) => !/^[PS][1-9]\d*$/.test(p))).toEqual([]);
    }
  });

  it('validates against the Wikibase statement schema, with each statement under its own property and orders that list what is there', () => {
    const doc = JSON.parse(renderWikidataJson(c.result)) as WikidataJson;
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const statements = [
      ...Object.entries(doc.claims).flatMap(([p, list]) => list.map((s) => [p, s] as const)),
      ...doc.pending.map((p) => [p.statement.mainsnak.property, p.statement] as const),
    ];
    expect(statements).toHaveLength(c.result.statements.length);
    for (const [property, s] of statements) {
      expect(s.mainsnak.property).toBe(property);
      expect(s['qualifiers-order'] ?? []).toEqual(Object.keys(s.qualifiers ?? {}));
      for (const [p, snaks] of Object.entries(s.qualifiers ?? {}))
        expect(snaks.map((q) => q.property)).toEqual(snaks.map(() => p));
      for (const r of s.references ?? []) expect(r['snaks-order']).toEqual(Object.keys(r.snaks));
    }
    expect(doc.skipped.map((s) => [s.field, s.index])).toEqual(c.result.skipped.map((s) => [s.field, s.index]));
  });

  it('reads back to the figures the statements came from: kind, bounds, approximation, side, subject, claimant, dates', () => {
    const doc = JSON.parse(renderWikidataJson(c.result)) as WikidataJson;
    expect(canonical(readBack(doc, c.labels), c.labels)).toEqual(canonical(expected(c), c.labels));
  });

  it('accounts for every figure: written once, or skipped with a reason', () => {
    const fields = [
      ...c.conflict.sides.flatMap((s) => [s.strength, s.milStrength, s.polStrength, s.casualties]),
      c.conflict.otherCasualties,
    ];
    const total = fields.reduce((n, f) => n + (f?.figures.length ?? 0), 0);
    expect(c.result.statements.length + c.result.skipped.length).toBe(total);
    expect(c.result.skipped.filter((s) => s.reason.length < 10)).toEqual([]);
  });
});

describe('the Wikidata JSON schema', () => {
  const doc = JSON.parse(renderWikidataJson(run('amazragane-skirmish.txt').result)) as WikidataJson;
  const first = () =>
    structuredClone(doc) as unknown as {
      claims: Record<
        string,
        { mainsnak: Record<string, unknown> & { datavalue: { value: Record<string, unknown> } } }[]
      >;
    };

  it('holds a complete statement for the seed, so claims are checked too', () => {
    expect(Object.keys(doc.claims).length).toBeGreaterThan(0);
    expect(validate(doc)).toBe(true);
  });

  it.each([
    [
      'an upper bound without lower bound',
      (d: ReturnType<typeof first>) =>
        void (Object.values(d.claims)[0]![0]!.mainsnak.datavalue.value.upperBound = '+5'),
    ],
    [
      'an amount without sign',
      (d: ReturnType<typeof first>) => void (Object.values(d.claims)[0]![0]!.mainsnak.datavalue.value.amount = '1'),
    ],
    [
      'a value snak without datavalue',
      (d: ReturnType<typeof first>) =>
        void delete (Object.values(d.claims)[0]![0]!.mainsnak as Record<string, unknown>).datavalue,
    ],
    [
      'a quantity datatype holding an item',
      (d: ReturnType<typeof first>) => void (Object.values(d.claims)[0]![0]!.mainsnak.datatype = 'wikibase-item'),
    ],
    [
      'a snaktype outside value/somevalue/novalue',
      (d: ReturnType<typeof first>) => void (Object.values(d.claims)[0]![0]!.mainsnak.snaktype = 'unknown'),
    ],
    [
      'a claims key that is no property',
      (d: ReturnType<typeof first>) => void (d.claims.Q5 = Object.values(d.claims)[0]!),
    ],
  ])('refuses %s', (_name, spoil) => {
    const d = first();
    spoil(d);
    expect(validate(d)).toBe(false);
  });
});
