// The Wikidata formats on the command line: convert, fetch and dump with --to quickstatements / wikidata-json.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WikidataJson } from '../../src/wikidata/render-wikidata-json.js';
import { DUMP_BZ2 } from '../dump/build-dump.js';
import { startFakeMediaWiki, type FakeMediaWiki } from '../fetch/fake-mediawiki.js';
import { run } from './run-in-process.js';

const SEED = 'fixtures/amazragane-skirmish.txt';
const SEED_ITEMS = 'fixtures/wikidata/amazragane-skirmish.items.tsv';
const SEED_QS = readFileSync('fixtures/wikidata/amazragane-skirmish.qs', 'utf8');
const SKIPPED_CAPTURED =
  'wikiconflict: Amazragane skirmish: not written to Wikidata: "6 captured (per Mali)" (casualties2): no Wikidata property for the number of people captured was found (see docs/wikidata.md)';

const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-wikidata-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('convert --to quickstatements | wikidata-json', () => {
  it.each([['0'], ['1']])(
    "writes the seed's golden QuickStatements with --items (--workers %s), and each figure left out on stderr",
    async (workers) => {
      const { code, out, err } = await run([
        'convert',
        SEED,
        '--to',
        'quickstatements',
        '--items',
        SEED_ITEMS,
        '--workers',
        workers,
      ]);
      expect(code).toBe(0);
      expect(out).toBe(SEED_QS);
      expect(err.split('\n')[0]).toBe(SKIPPED_CAPTURED);
      expect(err).toMatch(/^convert: 1 article, 0 warnings, 0 notes, 0 failed in /m);
    },
  );

  it('writes one Wikibase document per article, all pending without items, as one array for several inputs', async () => {
    const { code, out } = await run(['convert', SEED, 'fixtures/battle-of-actium.wiki', '--to', 'wikidata-json']);
    expect(code).toBe(0);
    const docs = JSON.parse(out) as WikidataJson[];
    expect(
      docs.map((d) => [d.title, d.item, Object.keys(d.claims).length, d.pending.length, d.skipped.length]),
    ).toEqual([
      ['Amazragane skirmish', null, 0, 6, 1],
      // A file's name is its title: the slug here.
      ['battle-of-actium', null, 0, 5, 5],
    ]);
  });

  it('writes <name>.qs and <name>.wikidata.json with --out', async () => {
    const out = join(dir, 'out');
    expect((await run(['convert', SEED, '--to', 'quickstatements', '--items', SEED_ITEMS, '--out', out])).code).toBe(0);
    expect((await run(['convert', SEED, '--to', 'wikidata-json', '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'amazragane-skirmish.qs'), 'utf8')).toBe(SEED_QS);
    expect(
      (JSON.parse(readFileSync(join(out, 'amazragane-skirmish.wikidata.json'), 'utf8')) as WikidataJson).title,
    ).toBe('Amazragane skirmish');
  });

  it("takes the conflict's item and the wiki language for the reference", async () => {
    const items = write('items.tsv', 'Amazragane skirmish\tQ123\nMali\tQ912\n');
    const { out } = await run(['convert', SEED, '--to', 'quickstatements', '--items', items, '--lang', 'fr']);
    expect(out.split('\n')[0]!.split('\t').slice(0, 3)).toEqual(['Q123', 'P1339', '1']);
    expect(out.split('\n')[0]).toContain('S143\tQ8447\tS4656\t"https://fr.wikipedia.org/wiki/Amazragane_skirmish"');
  });

  it.each([
    [['--items', 'no-such-map.tsv'], 1, 'wikiconflict: --items no-such-map.tsv: no such file or folder'],
    [['--items', '<BAD>'], 1, 'items map line 2: expected "title<TAB>Q123", got "Mali Q912"'],
    [['--lang', 'EN'], 2, 'wikiconflict: --lang must be a language code like en or de, not "EN"'],
  ])('refuses %j before any work', async (options, exitCode, message) => {
    const args = options.map((o) => (o === '<BAD>' ? write('bad.tsv', 'Amazragane skirmish\tQ123\nMali Q912\n') : o));
    const { code, out, err } = await run(['convert', SEED, '--to', 'quickstatements', ...args]);
    expect(code).toBe(exitCode);
    expect(out).toBe('');
    expect(err).toContain(message);
  });
});

describe('dump --to quickstatements | wikidata-json', () => {
  it("writes the statements of each conflict of the dump, with the page's revision in the reference", async () => {
    // Test ids, not the real items of these pages.
    const items = write('dump-items.tsv', 'Battle of Świecino\tQ900001\nTeutonic Order\tQ900002\nPoland\tQ900003\n');
    const { code, out, err } = await run([
      'dump',
      DUMP_BZ2.pathname,
      '--workers',
      '0',
      '--to',
      'quickstatements',
      '--items',
      items,
    ]);
    expect(code).toBe(0);
    expect(
      out
        .split('\n')
        .slice(0, -1)
        .map((l) => l.split('\t').slice(0, 5)),
    ).toEqual([
      ['Q900001', 'P1132', '2700', 'P710', 'Q900002'],
      ['Q900001', 'P1132', '2000', 'P710', 'Q900003'],
      ['Q900001', 'P1590', '250', 'P710', 'Q900003'],
    ]);
    expect(out).toContain('"https://en.wikipedia.org/w/index.php?title=Battle_of_%C5%9Awiecino&oldid=749848327"');
    expect(err.split('\n').filter((l) => l.includes('not written to Wikidata'))).toEqual([
      'wikiconflict: Battle of Świecino: not written to Wikidata: "Over 1,000 killed" (casualties1): open upper bound ("at least 1000"): Wikibase bounds come in pairs, and a lower bound alone has no faithful form',
      'wikiconflict: Battle of Świecino: not written to Wikidata: "50 captured" (casualties1): no Wikidata property for the number of people captured was found (see docs/wikidata.md)',
    ]);
  });

  it('writes one compact Wikibase document a line', async () => {
    const { code, out } = await run(['dump', DUMP_BZ2.pathname, '--workers', '1', '--to', 'wikidata-json']);
    expect(code).toBe(0);
    const docs = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as WikidataJson);
    expect(docs.map((d) => [d.title, d.pending.length, d.skipped.length])).toEqual([
      ['Battle of Lostwithiel', 0, 0],
      ['Battle of Świecino', 3, 2],
    ]);
  });

  it('refuses a --to it does not write', async () => {
    const { code, err } = await run(['dump', DUMP_BZ2.pathname, '--to', 'markdown']);
    expect(code).toBe(2);
    expect(err).toContain('--to must be one of ndjson|quickstatements|wikidata-json, not "markdown"');
  });
});

describe('fetch --to quickstatements', () => {
  const PAGE = [
    '{{Infobox military conflict',
    '| conflict = Amazragane skirmish',
    '| date = November 8, 2013',
    '| combatant1 = [[Mali]]',
    '| combatant2 = [[National Movement for the Liberation of Azawad|MNLA]]',
    '| casualties1 = 1 injured (per Mali)',
    '| casualties2 = 3 killed (per Mali)',
    '}}',
  ].join('\n');
  let api: FakeMediaWiki;
  beforeEach(async () => {
    // Test ids for the pages (Mali's is its real item).
    api = await startFakeMediaWiki({
      'Amazragane skirmish': { pageid: 41, revid: 4242, content: PAGE, item: 'Q900010' },
      Mali: { pageid: 42, revid: 1, content: '', item: 'Q912' },
      'National Movement for the Liberation of Azawad': { pageid: 43, revid: 1, content: '', item: 'Q900011' },
    });
  });
  afterEach(async () => api.close());

  it("takes the page's item and its parties' items from the API", async () => {
    const { code, out } = await run(['fetch', 'Amazragane skirmish', '--api', api.url, '--to', 'quickstatements']);
    expect(code).toBe(0);
    expect(
      out
        .split('\n')
        .slice(0, -1)
        .map((l) => l.split('\t').slice(0, 7)),
    ).toEqual([
      ['Q900010', 'P1339', '1', 'P710', 'Q912', 'P3680', 'Q912'],
      ['Q900010', 'P1120', '3', 'P710', 'Q900011', 'P3680', 'Q912'],
    ]);
    // The import URL is the wiki the API belongs to.
    expect(out).toContain(`"${api.url.replace('/w/api.php', '')}/w/index.php?title=Amazragane_skirmish&oldid=4242"`);
    const asked = api.requests.find((r) => r.params.get('prop') === 'pageprops');
    expect(asked?.params.get('titles')?.split('|').sort()).toEqual([
      'Mali',
      'National Movement for the Liberation of Azawad',
    ]);
  });

  it('lets --items override the API', async () => {
    const items = write('fetch-items.tsv', 'MNLA\tQ900099\nNational Movement for the Liberation of Azawad\tQ900098\n');
    const { out } = await run([
      'fetch',
      'Amazragane skirmish',
      '--api',
      api.url,
      '--to',
      'quickstatements',
      '--items',
      items,
    ]);
    expect(out.split('\n')[1]!.split('\t').slice(3, 5)).toEqual(['P710', 'Q900098']);
  });

  it("keeps the page's item in the Conflict for --to json", async () => {
    const { out } = await run(['fetch', 'Amazragane skirmish', '--api', api.url]);
    expect((JSON.parse(out) as { itemId: string }[])[0]?.itemId).toBe('Q900010');
  });
});
