// Fetch: a request that gets no answer names its cause (DNS, refused, TLS, timeout, closed) from the error's cause.code; only passing causes are retried.
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_RULES, describeNetworkError } from '../../src/fetch/describe-network-error.js';
import { fetchArticles } from '../../src/fetch/fetch-articles.js';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { refusedPort as findRefusedPort } from '../helpers/refused-port.js';

/** A TCP server on 127.0.0.1 that does `onSocket` with each connection; closing it also drops open connections. */
async function listen(onSocket: (socket: Socket) => void): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let refusedPort: number;
let http: { port: number; close(): Promise<void> };
let silent: Awaited<ReturnType<typeof listen>>;
let hangUp: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  refusedPort = await findRefusedPort();
  const server = createHttpServer((_req, res) => res.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  http = {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  // Accepts and never answers.
  silent = await listen(() => undefined);
  // Reads the request, then closes without an answer.
  hangUp = await listen((socket) => socket.once('data', () => socket.end()));
});
afterAll(async () => {
  await Promise.all([http.close(), silent.close(), hangUp.close()]);
});

describe('fetchArticles without an answer', () => {
  it.each([
    // [case, api URL, message, waits before giving up, time limit per request (long but where the timeout is the
    // case: the first fetch of a process loads undici, which may take longer than 50 ms on a busy machine)]
    [
      'a port nobody listens on',
      () => `http://127.0.0.1:${refusedPort}/w/api.php`,
      () =>
        `Cannot reach http://127.0.0.1:${refusedPort}/w/api.php: connection refused by 127.0.0.1:${refusedPort}: nothing listens there (ECONNREFUSED).`,
      0,
      30_000,
    ],
    [
      'https:// to an http:// server',
      () => `https://127.0.0.1:${http.port}/w/api.php`,
      () =>
        `Cannot reach https://127.0.0.1:${http.port}/w/api.php: TLS: the server does not speak TLS; is it an http:// address? (ERR_SSL_WRONG_VERSION_NUMBER).`,
      0,
      30_000,
    ],
    [
      'a server that never answers',
      () => `http://127.0.0.1:${silent.port}/w/api.php`,
      () => 'Gave up after 3 attempts (network: timed out: no answer within 0.05 s).',
      2,
      50,
    ],
    [
      'a server that closes without answering',
      () => `http://127.0.0.1:${hangUp.port}/w/api.php`,
      () => 'Gave up after 3 attempts (network: connection closed by the server before it answered (UND_ERR_SOCKET)).',
      2,
      30_000,
    ],
  ])('%s', async (_case, api, message, waits, timeoutMs) => {
    const delays: number[] = [];
    const retried: string[] = [];
    const failure = fetchArticles(['Battle of Lostwithiel'], {
      api: api(),
      maxAttempts: 3,
      timeoutMs,
      sleep: async (ms) => void delays.push(ms),
      onRetry: ({ reason }) => void retried.push(reason),
    }).catch((error: unknown) => error);
    const error = await failure;
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).message).toBe(message());
    expect((error as FetchError).code).toBe(waits === 0 ? 'network' : 'retries-exhausted');
    expect(delays).toHaveLength(waits);
    // Each retry was for the same cause as the final message.
    expect(retried.map((reason) => `Gave up after 3 attempts (${reason}).`)).toEqual(Array(waits).fill(message()));
  });
});

// .invalid never resolves (RFC 2606); a resolver that cannot be asked at all answers EAI_AGAIN instead, which is retried.
const dnsCode = await import('node:dns/promises').then((dns) =>
  dns.lookup('nonexistent.invalid').then(
    () => 'resolved',
    (e: { code?: string }) => e.code ?? 'none',
  ),
);

describe('a host name that does not exist', () => {
  it.skipIf(dnsCode !== 'ENOTFOUND')(
    `fails at once with the DNS cause (this machine's resolver answers ${dnsCode})`,
    async () => {
      const delays: number[] = [];
      const error = await fetchArticles(['X'], {
        api: 'http://nonexistent.invalid/w/api.php',
        sleep: async (ms) => void delays.push(ms),
      }).catch((e: unknown) => e);
      expect((error as FetchError).message).toBe(
        'Cannot reach http://nonexistent.invalid/w/api.php: DNS: host name "nonexistent.invalid" not found (ENOTFOUND).',
      );
      expect(delays).toEqual([]);
    },
  );
});

/** An error shaped as undici's "fetch failed" with a coded cause. */
const fetchFailed = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });

describe('describeNetworkError', () => {
  it.each([
    [
      'ENOTFOUND',
      fetchFailed({ code: 'ENOTFOUND', hostname: 'x.invalid' }),
      'DNS: host name "x.invalid" not found (ENOTFOUND)',
      false,
    ],
    [
      'EAI_AGAIN',
      fetchFailed({ code: 'EAI_AGAIN', hostname: 'en.wikipedia.org' }),
      'DNS: no answer for "en.wikipedia.org" for now, offline? (EAI_AGAIN)',
      true,
    ],
    [
      'ECONNREFUSED',
      fetchFailed({ code: 'ECONNREFUSED', address: '127.0.0.1', port: 9 }),
      'connection refused by 127.0.0.1:9: nothing listens there (ECONNREFUSED)',
      false,
    ],
    [
      'ECONNREFUSED from both addresses of localhost',
      fetchFailed(
        Object.assign(
          new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED', address: '::1', port: 9 })]),
          {},
        ),
      ),
      'connection refused by ::1:9: nothing listens there (ECONNREFUSED)',
      false,
    ],
    [
      'CERT_HAS_EXPIRED',
      fetchFailed({ code: 'CERT_HAS_EXPIRED' }),
      "TLS: the secure connection failed, the server's certificate or protocol was refused (CERT_HAS_EXPIRED)",
      false,
    ],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      fetchFailed({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      "TLS: the secure connection failed, the server's certificate or protocol was refused (DEPTH_ZERO_SELF_SIGNED_CERT)",
      false,
    ],
    [
      'UND_ERR_CONNECT_TIMEOUT',
      fetchFailed({ code: 'UND_ERR_CONNECT_TIMEOUT' }),
      'timed out (UND_ERR_CONNECT_TIMEOUT)',
      true,
    ],
    [
      'ECONNRESET',
      fetchFailed({ code: 'ECONNRESET' }),
      'connection closed by the server before it answered (ECONNRESET)',
      true,
    ],
    ['ENETUNREACH', fetchFailed({ code: 'ENETUNREACH' }), 'network unreachable, offline? (ENETUNREACH)', true],
    ['an unknown code', fetchFailed({ code: 'EWHATEVER' }), 'fetch failed (EWHATEVER)', true],
    [
      'no cause (a body that is not JSON)',
      new SyntaxError('Unexpected token < in JSON at position 0'),
      'Unexpected token < in JSON at position 0',
      true,
    ],
    [
      'a TimeoutError',
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      'timed out: no answer within 60 s',
      true,
    ],
  ])('%s', (_code, error, reason, retry) => {
    expect(describeNetworkError(error, 60_000)).toEqual({ reason, retry });
  });

  it('has unique rule ids, each with an example', () => {
    expect(new Set(CAUSE_RULES.map((r) => r.id)).size).toBe(CAUSE_RULES.length);
    expect(CAUSE_RULES.filter((r) => r.examples.length === 0)).toEqual([]);
  });
});
