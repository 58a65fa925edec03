// CLI support: what a command is — a name, its help, and a run function returning the exit code.
import type { CliIo } from './cli-io.js';

export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** The full `--help` text. */
  usage: string;
  /** Parses its own arguments (throwing a UsageError or parseArgs error on bad usage) and returns the exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}
