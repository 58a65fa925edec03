import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { USER_AGENT, fetchArticles } from '../../src/fetch/fetch-articles.js';
import { parseRetryAfter } from '../../src/fetch/request-with-retry.js';
import { MAXLAG_FAULT, startFakeMediaWiki, type FakeMediaWiki, type FakePage } from './fake-mediawiki.js';

const lostwithiel = readFileSync(new URL('../../fixtures/battle-of-lostwithiel.wiki', import.meta.url), 'utf8');
const swiecino = readFileSync(new URL('../../fixtures/battle-of-swiecino.wiki', import.meta.url), 'utf8');

const PAGES: Record<string, FakePage> = {
  'Battle of Lostwithiel': { pageid: 4160, revid: 804638880, content: lostwithiel },
  'Battle of Świecino': { pageid: 4928, revid: 749848327, content: swiecino },
};

let api: FakeMediaWiki;
const delays: number[] = [];
const fast = { sleep: async (ms: number) => void delays.push(ms), retryDelayMs: 10 };

beforeEach(async () => {
  delays.length = 0;
  api = await startFakeMediaWiki(PAGES, { 'Battle of Schwetz': 'Battle of Świecino' });
});
afterEach(async () => api.close());

describe('fetchArticles', () => {
  it('fetches pages with title, page id, revision id and text', async () => {
    const { articles, missing } = await fetchArticles(['Battle of Lostwithiel', 'Battle of Świecino'], {
      api: api.url,
      ...fast,
    });
    expect(missing).toEqual([]);
    expect(articles.map((a) => [a.title, a.pageId, a.revisionId, a.text.length])).toEqual([
      ['Battle of Lostwithiel', 4160, 804638880, lostwithiel.length],
      ['Battle of Świecino', 4928, 749848327, swiecino.length],
    ]);
  });

  it('sends the documented query, maxlag=5 and a descriptive User-Agent', async () => {
    await fetchArticles(['Battle of Lostwithiel'], { api: api.url, ...fast });
    expect(api.requests).toHaveLength(1);
    const { params, headers } = api.requests[0]!;
    expect(Object.fromEntries(params)).toEqual({
      action: 'query',
      prop: 'revisions|pageprops',
      rvprop: 'content|ids',
      ppprop: 'wikibase_item',
      rvslots: 'main',
      formatversion: '2',
      format: 'json',
      redirects: '1',
      maxlag: '5',
      titles: 'Battle of Lostwithiel',
    });
    expect(headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^wikiconflict\/\d+\.\d+\.\d+ \(https:\/\/www\.npmjs\.com\/package\/wikiconflict\)$/);
  });

  it('follows a normalised title and a redirect back to what was asked for', async () => {
    const { articles } = await fetchArticles(['battle_of_Lostwithiel', 'Battle of Schwetz', 'Battle of Świecino'], {
      api: api.url,
      ...fast,
    });
    expect(articles.map((a) => [a.title, a.requested])).toEqual([
      ['Battle of Lostwithiel', ['battle_of_Lostwithiel']],
      ['Battle of Świecino', ['Battle of Schwetz', 'Battle of Świecino']],
    ]);
  });

  it('reports a missing and an invalid page without failing the others', async () => {
    const { articles, missing } = await fetchArticles(['No such battle', 'Battle of Lostwithiel', 'Bad [title'], {
      api: api.url,
      ...fast,
    });
    expect(articles.map((a) => a.title)).toEqual(['Battle of Lostwithiel']);
    expect(missing).toEqual([
      { requested: 'No such battle', title: 'No such battle', reason: 'missing' },
      { requested: 'Bad [title', title: 'Bad [title', reason: 'invalid' },
    ]);
  });

  it('retries a 503, honouring Retry-After', async () => {
    api.faults.push({ status: 503, headers: { 'Retry-After': '2' }, body: { error: 'busy' } });
    const { articles } = await fetchArticles(['Battle of Lostwithiel'], { api: api.url, ...fast });
    expect(articles).toHaveLength(1);
    expect(api.requests).toHaveLength(2);
    expect(delays).toEqual([2000]);
  });

  it('retries a maxlag error, then backs off exponentially without Retry-After', async () => {
    api.faults.push(MAXLAG_FAULT, { status: 502, body: {} }, { status: 429, body: {} });
    const retries: string[] = [];
    const { articles } = await fetchArticles(['Battle of Lostwithiel'], {
      api: api.url,
      ...fast,
      onRetry: (r) => void retries.push(r.reason),
    });
    expect(articles).toHaveLength(1);
    expect(delays).toEqual([0, 20, 40]);
    expect(retries).toEqual(['maxlag: Waiting for 10.64.48.35: 7 seconds lagged.', 'HTTP 502', 'HTTP 429']);
  });

  it('gives up after maxAttempts with a FetchError', async () => {
    for (let i = 0; i < 3; i++) api.faults.push({ status: 500, body: {} });
    const failure = fetchArticles(['Battle of Lostwithiel'], { api: api.url, ...fast, maxAttempts: 3 });
    await expect(failure).rejects.toBeInstanceOf(FetchError);
    await expect(failure).rejects.toThrow('Gave up after 3 attempts (HTTP 500).');
    expect(api.requests).toHaveLength(3);
  });

  it('does not retry other API errors', async () => {
    api.faults.push({ status: 200, body: { error: { code: 'badvalue', info: 'Unrecognized value' } } });
    await expect(fetchArticles(['Battle of Lostwithiel'], { api: api.url, ...fast })).rejects.toThrow(
      'MediaWiki API error: Unrecognized value',
    );
    expect(api.requests).toHaveLength(1);
  });

  it('follows continue when the API splits a batch by result size', async () => {
    api.options.splitContent = true;
    const { articles, missing } = await fetchArticles(['Battle of Lostwithiel', 'Battle of Świecino'], {
      api: api.url,
      ...fast,
    });
    expect(missing).toEqual([]);
    expect(articles.map((a) => [a.title, a.revisionId])).toEqual([
      ['Battle of Lostwithiel', 804638880],
      ['Battle of Świecino', 749848327],
    ]);
    expect(api.requests.map((r) => r.params.get('rvcontinue'))).toEqual([null, '4928|749848327']);
    expect(api.requests[1]?.params.get('continue')).toBe('||');
  });

  it('sends a POST form when the titles would make the URL too long', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Siege ${i} ${'x'.repeat(200)}`);
    const { articles, missing } = await fetchArticles([...long, 'Battle of Lostwithiel'], { api: api.url, ...fast });
    expect(api.requests.map((r) => r.method)).toEqual(['POST']);
    expect(api.requests[0]?.params.get('titles')?.split('|')).toHaveLength(41);
    expect(articles.map((a) => a.title)).toEqual(['Battle of Lostwithiel']);
    expect(missing).toHaveLength(40);
  });

  it('asks for at most 50 titles a request', async () => {
    const titles = Array.from({ length: 120 }, (_, i) => `Battle ${i + 1}`);
    const { articles, missing } = await fetchArticles([...titles, 'Battle of Lostwithiel'], { api: api.url, ...fast });
    expect(api.requests.map((r) => (r.params.get('titles') ?? '').split('|').length)).toEqual([50, 50, 21]);
    expect(articles.map((a) => a.title)).toEqual(['Battle of Lostwithiel']);
    expect(missing).toHaveLength(120);
    expect(missing[119]?.requested).toBe('Battle 120');
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['5', 5000],
    ['0', 0],
    ['', null],
    ['soon', null],
  ])('%s', (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('Thu, 01 Jan 2026 00:00:00 GMT'))).toBe(10_000);
  });
});
