// CLI support: the streams and facts a command may use, injected so tests run the CLI in-process; exit codes.

export interface CliIo {
  /** Writes to standard output; may return false when the stream wants the caller to wait (see `drain`). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a writer that never pushes back returns nothing
  stdout(text: string): void | boolean;
  stderr(text: string): void;
  stdin: AsyncIterable<string | Uint8Array>;
  /** True when standard error is a terminal: progress is drawn only then. */
  isTTY?: boolean;
  /** Terminal width, for the progress line. */
  columns?: number;
  /** Resolves when standard output can take more (after `stdout` returned false). */
  drain?(): Promise<void>;
  /** `--debug`: an unexpected error prints its stack after its one line. Set by runCli. */
  debug?: boolean;
}

/** Exit codes, documented in the README and in `--help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** The exit-code lines every `--help` ends with. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 ok, 1 some input failed (or had warnings, with --strict), 2 bad usage, 130 interrupted.';

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** An expected failure of one input or of the run (unreadable, not text, no articles …): one line, never a stack. */
export class CliFailure extends Error {}
