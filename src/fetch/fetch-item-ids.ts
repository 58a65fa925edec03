// Fetch: the Wikidata item of pages by title (their `wikibase_item` page prop), 50 titles a request.
import { FetchError } from './fetch-error.js';
import { USER_AGENT, resolveTitle, type FetchArticlesOptions } from './fetch-articles.js';
import { requestWithRetry } from './request-with-retry.js';

const MAX_TITLES = 50;
const MAX_CONTINUATIONS = 100;

interface PagePropsResponse {
  continue?: Record<string, string>;
  query?: {
    normalized?: { from: string; to: string }[];
    redirects?: { from: string; to: string }[];
    pages?: { title: string; missing?: boolean; invalid?: boolean; pageprops?: { wikibase_item?: string } }[];
  };
}

/**
 * The Wikidata item id of each title, following normalisation and redirects (`prop=pageprops`,
 * `ppprop=wikibase_item`), with the same etiquette and retries as fetchArticles. A title that is missing,
 * invalid or has no item is absent from the map. Throws a FetchError when the API cannot be used.
 * @example await fetchItemIds(['Mali', 'MNLA'], { lang: 'en' }) // Map { 'Mali' => 'Q912', 'MNLA' => 'Q…' }
 */
export async function fetchItemIds(
  titles: readonly string[],
  options: FetchArticlesOptions = {},
): Promise<Map<string, string>> {
  const api = options.api ?? `https://${options.lang ?? 'en'}.wikipedia.org/w/api.php`;
  const batchSize = Math.min(MAX_TITLES, Math.max(1, options.batchSize ?? MAX_TITLES));
  // '|' separates titles in the API; no page title can hold it (nor '[', '{', '<', which the API refuses anyway).
  const unique = [...new Set(titles.map((t) => t.trim()).filter((t) => t !== '' && !t.includes('|')))];
  const found = new Map<string, string>();
  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    const renames = new Map<string, string>();
    const items = new Map<string, string>();
    let cont: Record<string, string> = {};
    for (let round = 0; ; round++) {
      if (round === MAX_CONTINUATIONS)
        throw new FetchError('too-many-continuations', `The API kept continuing after ${MAX_CONTINUATIONS} requests.`);
      const params = new URLSearchParams({
        action: 'query',
        prop: 'pageprops',
        ppprop: 'wikibase_item',
        formatversion: '2',
        format: 'json',
        redirects: '1',
        maxlag: '5',
        titles: batch.join('|'),
        ...cont,
      });
      const body = (await requestWithRetry(
        { url: api, params, headers: { 'User-Agent': options.userAgent ?? USER_AGENT, Accept: 'application/json' } },
        options,
      )) as PagePropsResponse;
      for (const n of body.query?.normalized ?? []) renames.set(n.from, n.to);
      for (const r of body.query?.redirects ?? []) renames.set(r.from, r.to);
      for (const page of body.query?.pages ?? []) {
        const item = page.pageprops?.wikibase_item;
        if (item !== undefined && /^Q[1-9]\d*$/.test(item)) items.set(page.title, item);
      }
      if (!body.continue) break;
      cont = body.continue;
    }
    for (const title of batch) {
      const item = items.get(resolveTitle(title, renames));
      if (item !== undefined) found.set(title, item);
    }
  }
  return found;
}
