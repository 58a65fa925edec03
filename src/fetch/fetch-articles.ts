// Fetch: current wikitext (and Wikidata item) of pages by title from the MediaWiki Action API, batched, following redirects.
import { VERSION } from '../version.js';
import { FetchError } from './fetch-error.js';
import { queryPages } from './query-pages.js';
import type { RetryOptions } from './request-with-retry.js';

/** Wikimedia's User-Agent policy asks for a name, a version and a way to reach the maintainers. */
export const USER_AGENT = `wikiconflict/${VERSION} (https://www.npmjs.com/package/wikiconflict)`;

/** The API serves at most 50 titles a request to clients without the bot right. */
const MAX_TITLES = 50;
/** Continuations of one batch (a large batch of long pages is split by the API's result size limit). */
const MAX_CONTINUATIONS = 100;
/** Redirect chains longer than this are treated as loops. */
export const MAX_REDIRECT_HOPS = 10;

export interface FetchArticlesOptions extends RetryOptions {
  /** Wikipedia language code, used when `api` is not given (default `en`). */
  lang?: string | undefined;
  /** Action API endpoint (default `https://<lang>.wikipedia.org/w/api.php`). */
  api?: string | undefined;
  /** Titles per request, at most 50 (default 50). */
  batchSize?: number | undefined;
  /** User-Agent header (default {@link USER_AGENT}). */
  userAgent?: string | undefined;
}

export interface FetchedArticle {
  /** The page's title after normalisation and redirects. */
  title: string;
  /** The titles asked for that led to this page (several when two redirect to it). */
  requested: string[];
  pageId: number;
  revisionId: number;
  /** The page's Wikidata item (`Q123`), from its page props; null when it has none. */
  itemId: string | null;
  /** The wikitext of the current revision's main slot. */
  text: string;
}

export interface MissingArticle {
  /** The title as asked for. */
  requested: string;
  /** The title it resolved to after normalisation and redirects. */
  title: string;
  reason: 'missing' | 'invalid' | 'no-content';
}

export interface FetchArticlesResult {
  /** One entry per distinct page found, in the order first asked for. */
  articles: FetchedArticle[];
  missing: MissingArticle[];
}

interface ApiPage {
  pageid?: number;
  title: string;
  missing?: boolean;
  invalid?: boolean;
  revisions?: { revid: number; slots?: { main?: { content?: string } } }[];
  pageprops?: { wikibase_item?: string };
}

/** What one batch learnt: title rewrites and pages by title. */
interface BatchResult {
  renames: Map<string, string>;
  pages: Map<string, ApiPage>;
}

async function fetchBatch(titles: readonly string[], api: string, options: FetchArticlesOptions): Promise<BatchResult> {
  const renames = new Map<string, string>();
  const pages = new Map<string, ApiPage>();
  let cont: Record<string, string> = {};
  for (let round = 0; round < MAX_CONTINUATIONS; round++) {
    const body = await queryPages<ApiPage>(
      api,
      titles,
      { prop: 'revisions|pageprops', rvprop: 'content|ids', ppprop: 'wikibase_item', rvslots: 'main' },
      cont,
      renames,
      options,
      USER_AGENT,
    );
    for (const page of body.query?.pages ?? []) {
      // A continued answer repeats pages; keep the one that carries content, and the page props from any.
      const known = pages.get(page.title);
      const pageprops = page.pageprops ?? known?.pageprops;
      const kept = !known?.revisions?.length || page.revisions?.length ? page : known;
      pages.set(page.title, pageprops ? { ...kept, pageprops } : kept);
    }
    if (!body.continue) return { renames, pages };
    cont = body.continue;
  }
  throw new FetchError('too-many-continuations', `The API kept continuing after ${MAX_CONTINUATIONS} requests.`);
}

/**
 * Follows normalisations and redirects from `title` to the page it ends at.
 * @example resolveTitle('battle_of_X', new Map([['battle_of_X', 'Battle of X']])) // 'Battle of X'
 */
export function resolveTitle(title: string, renames: ReadonlyMap<string, string>): string {
  let current = title;
  for (let hop = 0; hop < MAX_REDIRECT_HOPS; hop++) {
    const next = renames.get(current);
    if (next === undefined || next === current) break;
    current = next;
  }
  return current;
}

/**
 * Fetches the current wikitext and Wikidata item id of each title (50 a request, redirects and normalised titles followed) with
 * Wikimedia's etiquette: a descriptive User-Agent, `maxlag=5`, retries with exponential backoff honouring
 * Retry-After. Pages that do not exist are listed in `missing`, never thrown; network or API failure after all
 * retries throws a `FetchError`.
 * @example
 * const { articles, missing } = await fetchArticles(['Battle of Actium'], { lang: 'en' });
 * parseConflict(articles[0].text, { title: articles[0].title, pageId: articles[0].pageId, revisionId: articles[0].revisionId });
 */
export async function fetchArticles(
  titles: readonly string[],
  options: FetchArticlesOptions = {},
): Promise<FetchArticlesResult> {
  const api = options.api ?? `https://${options.lang ?? 'en'}.wikipedia.org/w/api.php`;
  const batchSize = Math.min(MAX_TITLES, Math.max(1, options.batchSize ?? MAX_TITLES));
  const unique = [...new Set(titles.map((t) => t.trim()).filter((t) => t !== ''))];
  const articles = new Map<string, FetchedArticle>();
  const missing: MissingArticle[] = [];

  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    const { renames, pages } = await fetchBatch(batch, api, options);
    for (const requested of batch) {
      const title = resolveTitle(requested, renames);
      const known = articles.get(title);
      if (known) {
        known.requested.push(requested);
        continue;
      }
      const page = pages.get(title);
      const revision = page?.revisions?.[0];
      const text = revision?.slots?.main?.content;
      if (!page || page.missing || page.invalid || page.pageid === undefined || !revision || text === undefined) {
        const reason = page?.invalid ? 'invalid' : !page || page.missing ? 'missing' : 'no-content';
        missing.push({ requested, title, reason });
        continue;
      }
      const item = page.pageprops?.wikibase_item;
      const itemId = item !== undefined && /^Q[1-9]\d*$/.test(item) ? item : null;
      articles.set(title, {
        title: page.title,
        requested: [requested],
        pageId: page.pageid,
        revisionId: revision.revid,
        itemId,
        text,
      });
    }
  }
  return { articles: [...articles.values()], missing };
}
