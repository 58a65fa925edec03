// Fetch: the error thrown when the MediaWiki API cannot be used (network, HTTP, API error after retries).
import { WikiconflictError } from '../_lib/errors.js';

/** The API answered with an error, or kept failing after every retry. `code` is `http-<status>`, the API's error code, or `network`. */
export class FetchError extends WikiconflictError {}
