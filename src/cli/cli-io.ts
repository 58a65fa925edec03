// CLI support: the streams and facts a command may use, injected so tests run the CLI in-process; exit codes.

export interface CliIo {
  /** Writes to standard output; may return false when the stream wants the caller to wait (see `drain`). */
  stdout(text: string): void | boolean;
  stderr(text: string): void;
  stdin: AsyncIterable<string | Uint8Array>;
  /** True when standard error is a terminal: progress is drawn only then. */
  isTTY?: boolean;
  /** Terminal width, for the progress line. */
  columns?: number;
  /** Resolves when standard output can take more (after `stdout` returned false). */
  drain?(): Promise<void>;
}

/** Exit codes, documented in the README and in `--help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}
