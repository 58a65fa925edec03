// Support: the only errors the library throws — for input it cannot use at all.

/** Every code an InputError can carry (FetchError has its own: `http-<status>`, the API's code, `network` …). */
export const INPUT_ERROR_CODES = [
  /** The input is not a string. */
  'not-a-string',
  /** The input is larger than `maxBytes` (UTF-8). */
  'too-large',
  /** An option has the wrong type or an impossible value. */
  'invalid-option',
  /** A ParserPool was used after `close()`, or closed while the call was waiting. */
  'pool-closed',
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Base class of every error wikiconflict throws; `code` is stable and documented. */
export class WikiconflictError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The input is not a string, is larger than `maxBytes`, or an option is invalid. */
export class InputError extends WikiconflictError {
  declare readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string) {
    super(code, message);
  }
}

/** A bug inside wikiconflict (for an entry point that cannot report it as a warning); `cause` is the original error. */
export class InternalError extends WikiconflictError {
  declare readonly code: 'internal-error';
  constructor(message: string, cause: unknown) {
    super('internal-error', message);
    this.cause = cause;
  }
}
