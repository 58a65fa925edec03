// Fetch: why a request never got an answer (DNS, refused, TLS, timeout …), in words, and whether to try again.

export interface NetworkFailure {
  /** The cause in words, with the system's code in parentheses: 'DNS: host name "x.invalid" not found (ENOTFOUND)'. */
  reason: string;
  /** False when waiting cannot help (the name does not exist, nothing listens, the certificate is refused). */
  retry: boolean;
}

interface CauseRule {
  id: string;
  examples: readonly string[];
  matches(code: string): boolean;
  describe(cause: ErrorCause): string;
  retry: boolean;
}

interface ErrorCause {
  code: string;
  hostname?: string;
  address?: string;
  port?: number;
}

const TLS_CODES =
  /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$)/;
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

const place = (cause: ErrorCause): string =>
  cause.address ? `${cause.address}${cause.port ? `:${cause.port}` : ''}` : 'the server';

/** Causes by the code undici's "fetch failed" carries; the first match wins. */
export const CAUSE_RULES: readonly CauseRule[] = [
  {
    id: 'dns-not-found',
    examples: ['http://nonexistent.invalid/'],
    matches: (code) => code === 'ENOTFOUND',
    describe: (c) => `DNS: host name${c.hostname ? ` "${c.hostname}"` : ''} not found (ENOTFOUND)`,
    retry: false,
  },
  {
    id: 'dns-unavailable',
    examples: ['any host while offline'],
    matches: (code) => code === 'EAI_AGAIN',
    describe: (c) =>
      `DNS: no answer for${c.hostname ? ` "${c.hostname}"` : ' the host name'} for now, offline? (EAI_AGAIN)`,
    retry: true,
  },
  {
    id: 'refused',
    examples: ['http://127.0.0.1:<a port nobody listens on>/'],
    matches: (code) => code === 'ECONNREFUSED',
    describe: (c) => `connection refused by ${place(c)}: nothing listens there (ECONNREFUSED)`,
    retry: false,
  },
  {
    id: 'tls',
    examples: ['https:// to an http:// server (ERR_SSL_WRONG_VERSION_NUMBER)', 'a self-signed certificate'],
    matches: (code) => TLS_CODES.test(code),
    describe: (c) =>
      c.code === 'ERR_SSL_WRONG_VERSION_NUMBER'
        ? `TLS: the server does not speak TLS; is it an http:// address? (${c.code})`
        : `TLS: the secure connection failed, the server's certificate or protocol was refused (${c.code})`,
    retry: false,
  },
  {
    id: 'timeout',
    examples: ['a server that accepts and never answers'],
    matches: (code) => TIMEOUT_CODES.has(code),
    describe: (c) => `timed out (${c.code})`,
    retry: true,
  },
  {
    id: 'closed',
    examples: ['a server that closes the connection at once'],
    matches: (code) => code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE',
    describe: (c) => `connection closed by ${place(c)} before it answered (${c.code})`,
    retry: true,
  },
  {
    id: 'unreachable',
    examples: ['no network route (offline)'],
    matches: (code) => code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN',
    describe: (c) => `network unreachable, offline? (${c.code})`,
    retry: true,
  },
];

/** The coded cause of an error: fetch's `cause`, or the first of an AggregateError's (IPv6 and IPv4 tried). */
function findCause(error: unknown): ErrorCause | null {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const value = current as { code?: unknown; errors?: unknown; cause?: unknown };
    if (typeof value.code === 'string') return value as ErrorCause;
    if (Array.isArray(value.errors) && value.errors.length > 0) current = value.errors[0];
    else current = value.cause;
  }
  return null;
}

/**
 * The cause of a failed request in words (from the error's `cause.code`), and whether a retry may help.
 * @example describeNetworkError(fetchFailedToNonexistentInvalid) // { reason: 'DNS: host name "nonexistent.invalid" not found (ENOTFOUND)', retry: false }
 */
export function describeNetworkError(error: unknown, timeoutMs: number): NetworkFailure {
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError')
    return { reason: `timed out: no answer within ${timeoutMs / 1000} s`, retry: true };
  const cause = findCause(error);
  const rule = cause ? CAUSE_RULES.find((r) => r.matches(cause.code)) : undefined;
  if (cause && rule) return { reason: rule.describe(cause), retry: rule.retry };
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message.split('\n', 1)[0]! : String(error);
  return { reason: cause ? `${text} (${cause.code})` : text, retry: true };
}
