// Fetch: one API request, retried with exponential backoff on 429, 5xx, network errors and `maxlag`.
import { describeNetworkError } from './describe-network-error.js';
import { FetchError } from './fetch-error.js';

export interface RetryOptions {
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number | undefined;
  /** First backoff delay; doubled at each retry (default 1000 ms). */
  retryDelayMs?: number | undefined;
  /** Upper bound for any one wait, Retry-After included (default 60 000 ms). */
  maxRetryDelayMs?: number | undefined;
  /** Per-request time limit (default 60 000 ms). */
  timeoutMs?: number | undefined;
  /** How to wait; tests pass a recorder. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Told before each wait, e.g. to print "retrying in 2 s". */
  onRetry?: ((info: { attempt: number; delayMs: number; reason: string }) => void) | undefined;
}

export interface ApiRequest {
  url: string;
  /** Form parameters; sent in the query string, or as a POST body when the URL would be too long. */
  params: URLSearchParams;
  headers: Record<string, string>;
}

/** Wikimedia's servers refuse very long URLs; a POST body has no such limit. */
const MAX_GET_URL = 7000;

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads a Retry-After header (seconds, or an HTTP date) as milliseconds, or null.
 * @example parseRetryAfter('5') // 5000
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Sends one MediaWiki API request and returns its parsed JSON. Retries 429 and 5xx answers, passing network
 * errors (timeout, connection closed, DNS unavailable) and `maxlag` errors up to `maxAttempts`, waiting
 * Retry-After when given, else 1 s, 2 s, 4 s … A host name that does not exist, a refused connection or a TLS
 * failure throws a `FetchError` `network` at once, naming the cause; any other API error one with the API's code.
 * @example await requestWithRetry({ url, params, headers: { 'User-Agent': ua } }, { retryDelayMs: 10 })
 */
export async function requestWithRetry(request: ApiRequest, options: RetryOptions = {}): Promise<unknown> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const baseDelay = options.retryDelayMs ?? 1000;
  const maxDelay = options.maxRetryDelayMs ?? 60_000;
  const sleep = options.sleep ?? sleepFor;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const query = request.params.toString();
  const useGet = request.url.length + query.length + 1 <= MAX_GET_URL;

  for (let attempt = 1; ; attempt++) {
    let reason: string;
    let retryAfter: number | null = null;
    try {
      const response = await doFetch(useGet ? `${request.url}?${query}` : request.url, {
        method: useGet ? 'GET' : 'POST',
        headers: useGet ? request.headers : { ...request.headers, 'Content-Type': 'application/x-www-form-urlencoded' },
        ...(useGet ? {} : { body: query }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (response.ok) {
        const body = (await response.json()) as { error?: { code?: string; info?: string } };
        const error = body.error;
        if (!error) return body;
        if (error.code !== 'maxlag')
          throw new FetchError(error.code ?? 'api-error', `MediaWiki API error: ${error.info ?? error.code}`);
        reason = `maxlag: ${error.info ?? 'database replication lag'}`;
      } else if (isRetryableStatus(response.status)) {
        await response.body?.cancel();
        reason = `HTTP ${response.status}`;
      } else {
        await response.body?.cancel();
        throw new FetchError(
          `http-${response.status}`,
          `MediaWiki API answered HTTP ${response.status} for ${request.url}`,
        );
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      const failure = describeNetworkError(error, timeoutMs);
      // Waiting cannot make a missing host name exist or a refused certificate valid: say so at once.
      if (!failure.retry) throw new FetchError('network', `Cannot reach ${request.url}: ${failure.reason}.`);
      reason = `network: ${failure.reason}`;
    }
    if (attempt >= maxAttempts)
      throw new FetchError('retries-exhausted', `Gave up after ${attempt} attempts (${reason}).`);
    const delayMs = Math.min(maxDelay, retryAfter ?? baseDelay * 2 ** (attempt - 1));
    options.onRetry?.({ attempt, delayMs, reason });
    await sleep(delayMs);
  }
}
