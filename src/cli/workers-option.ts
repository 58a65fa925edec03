// CLI support: the `--workers N` option (parser threads), shared by convert and dump.
import { UsageError } from './cli-io.js';

/** The most threads a command starts. */
export const MAX_WORKERS = 256;

/**
 * The thread count from `--workers` (a whole number from 0 to 256); undefined when the option is absent.
 * @example parseWorkers('2') // 2
 */
export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n <= MAX_WORKERS))
    throw new UsageError(`--workers must be a whole number from 0 to ${MAX_WORKERS}, not "${value}"`);
  return n;
}
