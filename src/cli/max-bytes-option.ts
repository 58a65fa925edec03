// CLI support: the `--max-bytes N` option (the library's maxBytes), shared by parse and convert.
import { DEFAULT_MAX_BYTES } from '../_lib/context.js';
import { UsageError } from './cli-io.js';

/** The help line of the option. */
export const MAX_BYTES_HELP = `--max-bytes N            refuse an input larger than N bytes (default ${DEFAULT_MAX_BYTES}, 10 MiB)`;

/**
 * The byte limit from `--max-bytes` (a whole number, optionally with a k/M/G suffix of 1024s); the default when absent.
 * @example parseMaxBytes('20M') // 20971520
 */
export function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const match = /^(\d{1,15})([kMG]?)$/.exec(value);
  if (!match) throw new UsageError(`--max-bytes must be a whole number of bytes (k, M, G allowed), not "${value}"`);
  const factor = { '': 1, k: 1024, M: 1024 ** 2, G: 1024 ** 3 }[match[2] as '' | 'k' | 'M' | 'G'];
  return Number(match[1]) * factor;
}
