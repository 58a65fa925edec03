import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAXLAG_FAULT, startFakeMediaWiki, type FakeMediaWiki } from '../fetch/fake-mediawiki.js';
import { run } from './run-in-process.js';

const lostwithiel = readFileSync(new URL('../../fixtures/battle-of-lostwithiel.wiki', import.meta.url), 'utf8');
const swiecino = readFileSync(new URL('../../fixtures/battle-of-swiecino.wiki', import.meta.url), 'utf8');
const SUMMARY = /^fetch: (\d+) articles?, (\d+) warnings?, (\d+) failed in \d+\.\d s$/m;

let api: FakeMediaWiki;
let dir: string;
beforeEach(async () => {
  api = await startFakeMediaWiki(
    {
      'Battle of Lostwithiel': { pageid: 4160, revid: 804638880, content: lostwithiel },
      'Battle of Świecino': { pageid: 4928, revid: 749848327, content: swiecino },
    },
    { 'Battle of Schwetz': 'Battle of Świecino' },
  );
  dir = mkdtempSync(join(tmpdir(), 'wikiconflict-fetch-'));
});
afterEach(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('wikiconflict fetch', () => {
  it('prints the Conflict with title, page id and revision id', async () => {
    const { code, out, err } = await run(['fetch', 'battle of Lostwithiel', '--api', api.url]);
    expect(code).toBe(0);
    const conflict = JSON.parse(out);
    expect([conflict.title, conflict.pageId, conflict.revisionId, conflict.format]).toEqual(['Battle of Lostwithiel', 4160, 804638880, 'wikitext']);
    expect(SUMMARY.exec(err)?.slice(1, 4)).toEqual(['1', expect.any(String), '0']);
  });

  it('follows a redirect and writes one file per page named after the title', async () => {
    const { code } = await run(['fetch', 'Battle of Schwetz', 'Battle of Lostwithiel', '--api', api.url, '--to', 'ndjson', '--out', dir]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['Battle_of_Lostwithiel.ndjson', 'Battle_of_Świecino.ndjson']);
    const conflict = JSON.parse(readFileSync(join(dir, 'Battle_of_Świecino.ndjson'), 'utf8'));
    expect([conflict.title, conflict.pageId, conflict.revisionId]).toEqual(['Battle of Świecino', 4928, 749848327]);
  });

  it('reports a missing page on stderr, writes the others, exits 1', async () => {
    const { code, out, err } = await run(['fetch', 'No such battle', 'Battle of Lostwithiel', '--api', api.url, '--to', 'ndjson']);
    expect(code).toBe(1);
    expect(err).toContain('wikiconflict: missing page: "No such battle"\n');
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Battle of Lostwithiel']);
    expect(SUMMARY.exec(err)?.slice(1, 4)).toEqual(['1', expect.any(String), '1']);
  });

  it('retries a 503 and a maxlag error, then succeeds', async () => {
    api.faults.push({ status: 503, headers: { 'Retry-After': '0' }, body: {} }, MAXLAG_FAULT);
    const { code, out, err } = await run(['fetch', 'Battle of Lostwithiel', '--api', api.url, '--to', 'ndjson']);
    expect(code).toBe(0);
    expect(api.requests).toHaveLength(3);
    expect(err).toContain('wikiconflict: HTTP 503; retrying in 0.0 s\n');
    expect(err).toContain('wikiconflict: maxlag: Waiting for 10.64.48.35: 7 seconds lagged.; retrying in 0.0 s\n');
    expect(JSON.parse(out).pageId).toBe(4160);
  });

  it('--to wikitext saves the page source', async () => {
    const { code } = await run(['fetch', 'Battle of Lostwithiel', '--api', api.url, '--to', 'wikitext', '--out', dir]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'Battle_of_Lostwithiel.wiki'), 'utf8')).toBe(lostwithiel.endsWith('\n') ? lostwithiel : `${lostwithiel}\n`);
  });

  it('an API error is one line and exit 1', async () => {
    api.faults.push({ status: 403, body: {} });
    const { code, err } = await run(['fetch', 'Battle of Lostwithiel', '--api', api.url]);
    expect(code).toBe(1);
    expect(err).toMatch(/^wikiconflict: MediaWiki API answered HTTP 403 for http:\/\/127\.0\.0\.1:\d+\/w\/api\.php\n$/);
  });

  it.each([
    [['fetch'], /at least one page title/],
    [['fetch', 'X', '--to', 'pdf'], /--to must be one of json\|ndjson\|plain\|markdown\|wikitext/],
    [['fetch', 'X', '--lang', 'e n'], /--lang must be a language code/],
    [['fetch', 'X', '--api', 'not a url'], /--api must be a URL/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(api.requests).toHaveLength(0);
  });
});
