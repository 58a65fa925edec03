// The page title where the input gives one — a file's name (parse, convert), the fetched page, the dump's <title> —
// is `title`; the infobox's `conflict` is `name`. Redirect, disambiguation and talk pages keep their title.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titleFromFileName } from '../../src/cli/title-from-file-name.js';
import { parseConflict, parseDump } from '../../src/index.js';
import { startFakeMediaWiki } from '../fetch/fake-mediawiki.js';
import { run } from './run-in-process.js';

// A page whose title and infobox name differ, as they often do ("Battle of Bosworth Field" / "Battle of Bosworth").
const NAFELS =
  "{{Infobox military conflict\n| conflict = Näfelser Fahrt\n| date = 9 April 1388\n| combatant1 = [[Old Swiss Confederacy]]\n| combatant2 = [[Habsburg]]\n}}\nThe '''Battle of Näfels''' was fought in 1388.";
const TALK =
  '{{Talk header}}\n{{WikiProject Military history}}\n== Date ==\nIs 9 April right? [[User:A|A]] 10:00, 1 May 2020 (UTC)';
const DISAMBIGUATION =
  "'''Battle of Näfels''' may refer to:\n* [[Battle of Näfels (1352)]]\n* [[Battle of Näfels|the battle of 1388]]\n{{disambiguation}}";
const REDIRECT = '#REDIRECT [[Battle of Näfels]]';
const PLAIN = '= Battle of Sempach =\n\nInfobox\n- Conflict: Sempacherkrieg\n\nA lead.';

const titleAndName = (json: string): [string, string | null] => {
  const c = JSON.parse(json) as { title: string; name: string | null };
  return [c.title, c.name];
};

describe('titleFromFileName', () => {
  it.each([
    ['Battle_of_Näfels.wiki', 'Battle of Näfels'],
    ['Battle_of_Actium.wiki', 'Battle of Actium'],
    ['pages/Battle_of_%C5%9Awiecino.wikitext', 'Battle of Świecino'],
    ['/tmp/x/Talk:Battle_of_Näfels.wiki', 'Talk:Battle of Näfels'],
    ['battle-of-nafels.txt', 'battle-of-nafels'],
    ['100%_sure.wiki', '100% sure'],
    ['Siege  of__Rhodes.wiki', 'Siege of Rhodes'],
    ['_.wiki', null],
  ])('%s → %s', (path, title) => {
    expect(titleFromFileName(path)).toBe(title);
  });
});

describe('convert and parse take the title from the file name', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wikiconflict-title-'));
    writeFileSync(join(dir, 'Battle_of_Näfels.wiki'), NAFELS);
    writeFileSync(join(dir, 'Battle_of_Näfels_(disambiguation).wiki'), DISAMBIGUATION);
    writeFileSync(join(dir, 'Näfelser_Fahrt.wiki'), REDIRECT);
    writeFileSync(join(dir, 'Talk:Battle_of_Näfels.wiki'), TALK);
    writeFileSync(join(dir, 'sempach-notes.txt'), PLAIN);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Folder order (sorted); the plain format's "= Title =" wins over its file name.
  const EXPECTED = [
    ['Battle of Näfels', 'Näfelser Fahrt'],
    ['Battle of Näfels (disambiguation)', null],
    ['Näfelser Fahrt', null],
    ['Talk:Battle of Näfels', null],
    ['Battle of Sempach', 'Sempacherkrieg'],
  ];

  it.each([['0'], ['1']])('convert --workers %s', async (workers) => {
    const { code, out } = await run(['convert', dir, '--to', 'ndjson', '--workers', workers]);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').map(titleAndName)).toEqual(EXPECTED);
  });

  it('convert from standard input has no file name: the infobox name is the title', async () => {
    const { out } = await run(['convert', '-', '--to', 'ndjson'], { stdin: NAFELS });
    expect(titleAndName(out)).toEqual(['Näfelser Fahrt', 'Näfelser Fahrt']);
  });

  it('parse: the file name, unless --title is given; standard input: the infobox name', async () => {
    const file = join(dir, 'Battle_of_Näfels.wiki');
    expect(titleAndName((await run(['parse', file])).out)).toEqual(['Battle of Näfels', 'Näfelser Fahrt']);
    expect(titleAndName((await run(['parse', file, '--title', 'Näfels 1388'])).out)).toEqual([
      'Näfels 1388',
      'Näfelser Fahrt',
    ]);
    expect(titleAndName((await run(['parse', '-'], { stdin: NAFELS })).out)).toEqual([
      'Näfelser Fahrt',
      'Näfelser Fahrt',
    ]);
  });
});

describe('fetch and dump give the page title', () => {
  it('fetch: the page reached (after a redirect) is the title, its infobox conflict the name', async () => {
    const api = await startFakeMediaWiki(
      { 'Battle of Näfels': { pageid: 71, revid: 72, content: NAFELS } },
      { 'Näfelser Fahrt': 'Battle of Näfels' },
    );
    try {
      const { code, out } = await run(['fetch', 'Näfelser Fahrt', '--api', api.url, '--to', 'ndjson']);
      expect(code).toBe(0);
      expect(titleAndName(out)).toEqual(['Battle of Näfels', 'Näfelser Fahrt']);
    } finally {
      await api.close();
    }
  });

  it('dump: the <title> is the title, the infobox conflict the name', async () => {
    const xml = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">\n  <page>\n    <title>Battle of Näfels</title>\n    <ns>0</ns>\n    <id>71</id>\n    <revision>\n      <id>72</id>\n      <text xml:space="preserve">${NAFELS.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>\n    </revision>\n  </page>\n</mediawiki>\n`;
    const results = [];
    for await (const r of parseDump(Readable.from([xml]), { workers: 0 })) results.push(r);
    expect(results.map((r) => (r.ok ? [r.conflict.title, r.conflict.name, r.conflict.pageId] : r.error))).toEqual([
      ['Battle of Näfels', 'Näfelser Fahrt', 71],
    ]);
  });
});

describe('pages that are not articles keep the title they are given', () => {
  it.each([
    ['redirect', REDIRECT, 'Näfelser Fahrt'],
    ['disambiguation', DISAMBIGUATION, 'Battle of Näfels (disambiguation)'],
    ['not-article', TALK, 'Talk:Battle of Näfels'],
  ])('%s', (code, text, title) => {
    const conflict = parseConflict(text, { title });
    expect([conflict.title, conflict.name]).toEqual([title, null]);
    expect(conflict.warnings.map((w) => w.code)).toContain(code);
  });
});
