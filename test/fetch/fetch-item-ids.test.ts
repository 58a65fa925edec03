import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchArticles } from '../../src/fetch/fetch-articles.js';
import { fetchItemIds } from '../../src/fetch/fetch-item-ids.js';
import { startFakeMediaWiki, type FakeMediaWiki } from './fake-mediawiki.js';

let api: FakeMediaWiki;
const fast = { sleep: async () => {}, retryDelayMs: 1 };

beforeEach(async () => {
  api = await startFakeMediaWiki(
    {
      'Amazragane skirmish': { pageid: 1, revid: 10, content: '{{Infobox military conflict}}', item: 'Q123' },
      'No item page': { pageid: 2, revid: 20, content: 'x' },
      Mali: { pageid: 3, revid: 30, content: '', item: 'Q912' },
      'National Movement for the Liberation of Azawad': { pageid: 4, revid: 40, content: '', item: 'Q1340' },
    },
    { MNLA: 'National Movement for the Liberation of Azawad' },
  );
});
afterEach(async () => api.close());

describe("fetchArticles: the page's Wikidata item", () => {
  it('keeps the wikibase_item page prop as itemId, null for a page without one', async () => {
    const { articles } = await fetchArticles(['Amazragane skirmish', 'No item page'], { api: api.url, ...fast });
    expect(articles.map((a) => [a.title, a.itemId])).toEqual([
      ['Amazragane skirmish', 'Q123'],
      ['No item page', null],
    ]);
    expect(api.requests[0]!.params.get('prop')).toBe('revisions|pageprops');
    expect(api.requests[0]!.params.get('ppprop')).toBe('wikibase_item');
  });
});

describe('fetchItemIds', () => {
  it('maps each asked title to its item through normalisation and redirects, leaving out pages without one', async () => {
    const items = await fetchItemIds(['Mali', 'MNLA', 'mali', 'No item page', 'No such page', 'Bad [title'], {
      api: api.url,
      ...fast,
    });
    expect([...items.entries()]).toEqual([
      ['Mali', 'Q912'],
      ['MNLA', 'Q1340'],
      ['mali', 'Q912'],
    ]);
  });

  it('asks for page props only, 50 titles a request', async () => {
    const titles = Array.from({ length: 51 }, (_, i) => `Page ${i}`);
    await fetchItemIds(titles, { api: api.url, ...fast });
    expect(api.requests.map((r) => r.params.get('titles')!.split('|').length)).toEqual([50, 1]);
    expect(Object.fromEntries(api.requests[0]!.params)).toMatchObject({
      action: 'query',
      prop: 'pageprops',
      ppprop: 'wikibase_item',
      redirects: '1',
      maxlag: '5',
    });
  });

  it('sends nothing for no title', async () => {
    expect((await fetchItemIds([], { api: api.url, ...fast })).size).toBe(0);
    expect(api.requests).toHaveLength(0);
  });
});
