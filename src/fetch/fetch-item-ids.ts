// Fetch: the Wikidata item of pages by title (their `wikibase_item` page prop), 50 titles a request.
import { FetchError } from './fetch-error.js';
import { USER_AGENT, resolveTitle, type FetchArticlesOptions } from './fetch-articles.js';
import { queryPages } from './query-pages.js';

const MAX_TITLES = 50;
const MAX_CONTINUATIONS = 100;

interface PropsPage {
  title: string;
  missing?: boolean;
  invalid?: boolean;
  pageprops?: { wikibase_item?: string };
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
      const body = await queryPages<PropsPage>(
        api,
        batch,
        { prop: 'pageprops', ppprop: 'wikibase_item' },
        cont,
        renames,
        options,
        USER_AGENT,
      );
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
