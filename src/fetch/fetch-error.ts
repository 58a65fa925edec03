// Fetch: the error thrown when the MediaWiki API cannot be used (network, HTTP, API error after retries).
import { WikiconflictError } from '../_lib/errors.js';

/**
 * The API answered with an error, could not be reached, or kept failing after every retry. `code` is `http-<status>`,
 * the API's error code, `network` (DNS not found, refused, TLS), `retries-exhausted` or `too-many-continuations`.
 */
export class FetchError extends WikiconflictError {}
