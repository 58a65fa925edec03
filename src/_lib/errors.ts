// Support: the only errors the library throws — for input it cannot use at all.

/** Base class of every error wikiconflict throws; `code` is stable and documented. */
export class WikiconflictError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The input is not a string, or is larger than `maxBytes`. */
export class InputError extends WikiconflictError {}
