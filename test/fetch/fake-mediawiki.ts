// Test helper: a tiny MediaWiki Action API on 127.0.0.1 (port 0) answering like the real one (formatversion=2).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePage {
  pageid: number;
  revid: number;
  content: string;
  /** The page's Wikidata item, served as the `wikibase_item` page prop when asked for. */
  item?: string;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface RecordedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  params: URLSearchParams;
}

export interface FakeMediaWiki {
  url: string;
  requests: RecordedRequest[];
  /** Answers served before any normal one, in order (a 503, a maxlag error …). */
  faults: Fault[];
  /** When true, a first answer carries content for its first page only and a `continue`, as when the result is too big. */
  options: { splitContent: boolean };
  close(): Promise<void>;
}

/** A maxlag error exactly as MediaWiki sends it (HTTP 200, JSON error, Retry-After). */
export const MAXLAG_FAULT: Fault = {
  status: 200,
  headers: { 'Retry-After': '0', 'X-Database-Lag': '7' },
  body: {
    error: { code: 'maxlag', info: 'Waiting for 10.64.48.35: 7 seconds lagged.', host: 'db1', lag: 7, type: 'db' },
  },
};

/** MediaWiki's title normalisation, reduced to what the tests use: underscores → spaces, first letter upper-case. */
function normalise(title: string): string {
  const spaced = title.replace(/_/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * Starts the fake API with `pages` (by title) and `redirects` (from → to).
 * @example const api = await startFakeMediaWiki({ 'Battle of X': { pageid: 1, revid: 2, content: '…' } });
 */
export async function startFakeMediaWiki(
  pages: Record<string, FakePage>,
  redirects: Record<string, string> = {},
): Promise<FakeMediaWiki> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const options = { splitContent: false };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const params =
        req.method === 'POST' ? new URLSearchParams(Buffer.concat(chunks).toString('utf8')) : url.searchParams;
      requests.push({ method: req.method ?? 'GET', headers: req.headers, params });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      const fault = faults.shift();
      if (fault) return send(fault.status, fault.body, fault.headers);

      const titles = (params.get('titles') ?? '').split('|');
      if (titles.length > 50)
        return send(200, {
          error: { code: 'toomanyvalues', info: 'Too many values supplied for parameter "titles". The limit is 50.' },
        });
      const normalized: { fromencoded: boolean; from: string; to: string }[] = [];
      const redirectsOut: { from: string; to: string }[] = [];
      const out = new Map<string, unknown>();
      for (const asked of titles) {
        if (asked.includes('[')) {
          out.set(asked, {
            title: asked,
            invalidreason: 'The requested page title contains invalid characters: "[".',
            invalid: true,
          });
          continue;
        }
        let title = normalise(asked);
        if (title !== asked) normalized.push({ fromencoded: false, from: asked, to: title });
        const target = redirects[title];
        if (target !== undefined) {
          redirectsOut.push({ from: title, to: target });
          title = target;
        }
        const page = pages[title];
        const props = (params.get('prop') ?? '').split('|');
        out.set(
          title,
          page
            ? {
                pageid: page.pageid,
                ns: 0,
                title,
                ...(props.includes('revisions')
                  ? {
                      revisions: [
                        {
                          revid: page.revid,
                          parentid: page.revid - 1,
                          slots: {
                            main: { contentmodel: 'wikitext', contentformat: 'text/x-wiki', content: page.content },
                          },
                        },
                      ],
                    }
                  : {}),
                ...(props.includes('pageprops') && page.item !== undefined
                  ? { pageprops: { wikibase_item: page.item } }
                  : {}),
              }
            : { ns: 0, title, missing: true },
        );
      }
      let list = [...out.values()] as { revisions?: unknown }[];
      const split = options.splitContent && !params.has('rvcontinue') && list.length > 1;
      if (split) list = list.map((page, i) => (i === 0 ? page : { ...page, revisions: undefined }));
      const query: Record<string, unknown> = { pages: list };
      if (normalized.length > 0) query.normalized = normalized;
      if (redirectsOut.length > 0) query.redirects = redirectsOut;
      return send(
        200,
        split ? { continue: { rvcontinue: '4928|749848327', continue: '||' }, query } : { batchcomplete: true, query },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/w/api.php`,
    requests,
    faults,
    options,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
