import { lookup } from 'node:dns/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAXLAG_FAULT, startFakeMediaWiki, type FakeMediaWiki } from '../fetch/fake-mediawiki.js';
import { refusedPort as findRefusedPort } from '../helpers/refused-port.js';
import { run } from './run-in-process.js';

const lostwithiel = readFileSync(new URL('../../fixtures/battle-of-lostwithiel.wiki', import.meta.url), 'utf8');
const swiecino = readFileSync(new URL('../../fixtures/battle-of-swiecino.wiki', import.meta.url), 'utf8');
const SUMMARY = /^fetch: (\d+) articles?, (\d+) warnings?, (\d+) notes?, (\d+) failed in \d+\.\d s$/m;

// .invalid never resolves (RFC 2606); a resolver that cannot be asked at all answers EAI_AGAIN, which is retried.
const dnsCode = await lookup('nonexistent.invalid').then(
  () => 'resolved',
  (e: { code?: string }) => e.code ?? 'none',
);

const refusedPort = await findRefusedPort();

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
  it('prints the Conflict with title, page id and revision id, in a JSON array of one', async () => {
    const { code, out, err } = await run(['fetch', 'battle of Lostwithiel', '--api', api.url]);
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list).toHaveLength(1);
    const conflict = list[0];
    expect([conflict.title, conflict.pageId, conflict.revisionId, conflict.format]).toEqual([
      'Battle of Lostwithiel',
      4160,
      804638880,
      'wikitext',
    ]);
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['1', expect.any(String), expect.any(String), '0']);
  });

  it('follows a redirect and writes one file per page named after the title', async () => {
    const { code } = await run([
      'fetch',
      'Battle of Schwetz',
      'Battle of Lostwithiel',
      '--api',
      api.url,
      '--to',
      'ndjson',
      '--out',
      dir,
    ]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['Battle_of_Lostwithiel.ndjson', 'Battle_of_Świecino.ndjson']);
    const conflict = JSON.parse(readFileSync(join(dir, 'Battle_of_Świecino.ndjson'), 'utf8'));
    expect([conflict.title, conflict.pageId, conflict.revisionId]).toEqual(['Battle of Świecino', 4928, 749848327]);
  });

  it('reports a missing page on stderr, writes the others, exits 1', async () => {
    const { code, out, err } = await run([
      'fetch',
      'No such battle',
      'Battle of Lostwithiel',
      '--api',
      api.url,
      '--to',
      'ndjson',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('wikiconflict: missing page: "No such battle"\n');
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).title),
    ).toEqual(['Battle of Lostwithiel']);
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['1', expect.any(String), expect.any(String), '1']);
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
    expect(readFileSync(join(dir, 'Battle_of_Lostwithiel.wiki'), 'utf8')).toBe(
      lostwithiel.endsWith('\n') ? lostwithiel : `${lostwithiel}\n`,
    );
  });

  it('prints two pages as a JSON array of two, in the order asked', async () => {
    const { code, out } = await run(['fetch', 'Battle of Świecino', 'Battle of Lostwithiel', '--api', api.url]);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((c: { title: string }) => c.title)).toEqual([
      'Battle of Świecino',
      'Battle of Lostwithiel',
    ]);
  });

  it('an API error is one line, then the summary with every title failed, exit 1', async () => {
    api.faults.push({ status: 403, body: {} });
    const { code, err } = await run(['fetch', 'Battle of Lostwithiel', 'Battle of Świecino', '--api', api.url]);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^wikiconflict: MediaWiki API answered HTTP 403 for http:\/\/127\.0\.0\.1:\d+\/w\/api\.php\nfetch: 0 articles, 0 warnings, 0 notes, 2 failed in \d+\.\d s\n$/,
    );
  });

  it.each([
    // [case, the --api URL, the cause printed]
    [
      'a port nobody listens on',
      () => `http://127.0.0.1:${refusedPort}/w/api.php`,
      () => `connection refused by 127.0.0.1:${refusedPort}: nothing listens there (ECONNREFUSED)`,
    ],
    [
      'https:// to an http:// server',
      () => api.url.replace('http:', 'https:'),
      () => 'TLS: the server does not speak TLS; is it an http:// address? (ERR_SSL_WRONG_VERSION_NUMBER)',
    ],
  ])('no network answer (%s): the cause at once, the summary, exit 1', async (_case, url, cause) => {
    const { code, out, err } = await run(['fetch', 'Battle of Lostwithiel', 'Battle of Świecino', '--api', url()]);
    expect([code, out]).toEqual([1, '']);
    expect(err.replace(/in \d+\.\d s/, 'in T')).toBe(
      `wikiconflict: Cannot reach ${url()}: ${cause()}.\nfetch: 0 articles, 0 warnings, 0 notes, 2 failed in T\n`,
    );
  });

  it.skipIf(dnsCode !== 'ENOTFOUND')(
    `a host name that does not exist: the DNS cause at once (this machine's resolver answers ${dnsCode})`,
    async () => {
      const { code, err } = await run([
        'fetch',
        'Battle of Lostwithiel',
        '--api',
        'http://nonexistent.invalid/w/api.php',
      ]);
      expect(code).toBe(1);
      expect(err.replace(/in \d+\.\d s/, 'in T')).toBe(
        'wikiconflict: Cannot reach http://nonexistent.invalid/w/api.php: DNS: host name "nonexistent.invalid" not found (ENOTFOUND).\nfetch: 0 articles, 0 warnings, 0 notes, 1 failed in T\n',
      );
    },
  );

  it('two titles with one file name in --out: the second gets -2, said on stderr', async () => {
    const local = await startFakeMediaWiki({
      'Siege of A:B': { pageid: 1, revid: 10, content: lostwithiel },
      'Siege of A B': { pageid: 2, revid: 20, content: lostwithiel },
    });
    try {
      const { code, err } = await run([
        'fetch',
        'Siege of A:B',
        'Siege of A B',
        '--api',
        local.url,
        '--to',
        'ndjson',
        '--out',
        dir,
      ]);
      expect(code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['Siege_of_A_B-2.ndjson', 'Siege_of_A_B.ndjson']);
      expect(JSON.parse(readFileSync(join(dir, 'Siege_of_A_B-2.ndjson'), 'utf8')).pageId).toBe(2);
      expect(err).toContain(
        `wikiconflict: Siege of A B: written to ${join(dir, 'Siege_of_A_B-2.ndjson')} (${join(dir, 'Siege_of_A_B.ndjson')} is the output of "Siege of A:B")\n`,
      );
    } finally {
      await local.close();
    }
  });

  it.each([
    [['fetch'], /at least one page title/],
    [
      ['fetch', 'X', '--to', 'pdf'],
      /--to must be one of json\|ndjson\|plain\|markdown\|quickstatements\|wikidata-json\|wikitext/,
    ],
    [['fetch', 'X', '--lang', 'e n'], /--lang must be a language code/],
    [['fetch', 'X', '--api', 'not a url'], /--api must be a URL/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(api.requests).toHaveLength(0);
  });
});
