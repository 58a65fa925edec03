// Dump: the error thrown when a dump's compression is broken — a bzip2 file cut short or damaged.
import { WikiconflictError } from '../_lib/errors.js';

/** Every code a DumpError can carry. */
export const DUMP_ERROR_CODES = [
  /** The bzip2 data ends before an end-of-stream marker: the file was cut short (or other bytes follow the last stream). */
  'bzip2-truncated',
  /** The bzip2 data is damaged: a header is wrong, or a block or stream fails its check while being decompressed. */
  'bzip2-corrupt',
  /** The index given with the dump (`--index`) does not match it: an offset where no bzip2 stream starts, or past the end. */
  'index-mismatch',
] as const;
export type DumpErrorCode = (typeof DUMP_ERROR_CODES)[number];

/**
 * The dump's compression is broken, or its index does not match it; `cause` is the decoder's own error, when it was
 * the decoder that failed. From parseDump, `pagesRead` says how many pages were read before the failure.
 */
export class DumpError extends WikiconflictError {
  declare readonly code: DumpErrorCode;
  pagesRead?: number;
  constructor(code: DumpErrorCode, message: string, cause?: unknown) {
    super(code, message);
    if (cause !== undefined) this.cause = cause;
  }
}
