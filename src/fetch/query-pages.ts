// Fetch: one `action=query` request for some titles, with the etiquette every request of this package shares.
import { type RetryOptions, requestWithRetry } from './request-with-retry.js';

/** The retry options, and the User-Agent a caller may set in place of ours. */
export interface QueryOptions extends RetryOptions {
  userAgent?: string | undefined;
}

/** The parts of an `action=query` answer (formatversion 2) every caller reads. */
export interface QueryResponse<Page> {
  continue?: Record<string, string>;
  query?: {
    normalized?: { from: string; to: string }[];
    redirects?: { from: string; to: string }[];
    pages?: Page[];
  };
}

/**
 * Asks the API about `titles` (`action=query` with `props`, formatversion 2, JSON, redirects followed, `maxlag=5`,
 * the caller's continuation), retrying as requestWithRetry does; the title rewrites the answer reports
 * (normalisations, redirects) are added to `renames`.
 * @example await queryPages(api, ['Mali'], { prop: 'pageprops', ppprop: 'wikibase_item' }, {}, renames, options, ua)
 */
export async function queryPages<Page>(
  api: string,
  titles: readonly string[],
  props: Record<string, string>,
  cont: Record<string, string>,
  renames: Map<string, string>,
  options: QueryOptions,
  userAgent: string,
): Promise<QueryResponse<Page>> {
  const params = new URLSearchParams({
    action: 'query',
    ...props,
    formatversion: '2',
    format: 'json',
    redirects: '1',
    maxlag: '5',
    titles: titles.join('|'),
    ...cont,
  });
  const body = (await requestWithRetry(
    { url: api, params, headers: { 'User-Agent': options.userAgent ?? userAgent, Accept: 'application/json' } },
    options,
  )) as QueryResponse<Page>;
  for (const n of body.query?.normalized ?? []) renames.set(n.from, n.to);
  for (const r of body.query?.redirects ?? []) renames.set(r.from, r.to);
  return body;
}
