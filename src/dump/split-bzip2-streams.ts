// Dump: cut bzip2 data into pieces of whole streams (a multistream dump's streams of 100 pages), at the offsets of
// its index or where a stream header follows an end-of-stream marker, so that pieces can be decoded in parallel.
import { DumpError } from './dump-error.js';

const BLOCK_MAGIC = Buffer.from([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]);
const STREAM_HEADER_LENGTH = 10;
const TAIL_LENGTH = 11;

/** A piece of whole streams; `final` when it holds the end of the data. */
export interface StreamPiece {
  kind: 'piece';
  bytes: Buffer;
  final: boolean;
}

/** No stream boundary within `maxPieceBytes`: a single-stream file. `head` and then `rest` are the remaining data. */
export interface StreamRest {
  kind: 'rest';
  head: Buffer;
  rest: AsyncIterator<Uint8Array>;
}

export interface SplitOptions {
  /** A piece is cut at the last boundary once this many bytes are gathered. */
  pieceBytes: number;
  /** Past this many bytes without a boundary, the rest is handed over as a stream. */
  maxPieceBytes: number;
  /** The streams' byte offsets from the dump's index, ascending; null: find them in the data. */
  offsets: readonly number[] | null;
  /** Tells whether bytes end as a bzip2 stream ends (the end-of-stream marker, a CRC and padding). */
  endsWithEndOfStreamMarker: (tail: Uint8Array) => boolean;
}

/** "BZh", a block-size digit and the block magic at `at`: a stream (with at least one block) starts there. */
export function isStreamStart(bytes: Uint8Array, at: number): boolean {
  if (at + STREAM_HEADER_LENGTH > bytes.length) return false;
  const level = bytes[at + 3]!;
  return (
    bytes[at] === 0x42 &&
    bytes[at + 1] === 0x5a &&
    bytes[at + 2] === 0x68 &&
    level >= 0x31 &&
    level <= 0x39 &&
    BLOCK_MAGIC.every((b, i) => bytes[at + 4 + i] === b)
  );
}

function mismatch(message: string): DumpError {
  return new DumpError('index-mismatch', `the index does not match the dump: ${message}`);
}

/**
 * Yields the data as pieces of whole streams, about `pieceBytes` each, or hands the rest over as a stream when no
 * boundary shows (a single-stream file). Streams in Wikimedia's multistream dumps start at whole bytes, so a boundary
 * is searched at byte offsets: a stream header right after an end-of-stream marker (a false match inside compressed
 * data would need 72 bits and a marker to agree by chance). Offsets from an index are checked against the data.
 * @example for await (const piece of splitBzip2Streams(chunks, { pieceBytes: 4 << 20, … })) …
 */
export async function* splitBzip2Streams(
  source: AsyncIterator<Uint8Array>,
  options: SplitOptions,
): AsyncGenerator<StreamPiece | StreamRest> {
  const { offsets } = options;
  let parts: Buffer[] = [];
  let length = 0;
  /** The offset in the data of parts[0]'s first byte. */
  let base = 0;
  /** Boundaries before this (in the gathered bytes) have been looked for already. */
  let scanFrom = 1;
  let nextOffset = 0;
  let nextAttempt = options.pieceBytes;

  // The last boundary in `bytes` (after its first byte), or -1.
  const findCut = (bytes: Buffer): number => {
    let cut = -1;
    if (offsets) {
      for (
        ;
        nextOffset < offsets.length && offsets[nextOffset]! + STREAM_HEADER_LENGTH <= base + bytes.length;
        nextOffset++
      ) {
        const at = offsets[nextOffset]! - base;
        if (at < 0)
          throw mismatch(
            `its offsets are not in ascending order (${offsets[nextOffset]} after ${offsets[nextOffset - 1]})`,
          );
        if (!isStreamStart(bytes, at)) throw mismatch(`no bzip2 stream starts at byte ${offsets[nextOffset]}`);
        if (at > 0) cut = at;
      }
      return cut;
    }
    for (let at = bytes.indexOf('BZh', scanFrom); at >= 0; at = bytes.indexOf('BZh', at + 1)) {
      if (
        at >= TAIL_LENGTH &&
        isStreamStart(bytes, at) &&
        options.endsWithEndOfStreamMarker(bytes.subarray(at - TAIL_LENGTH, at))
      )
        cut = at;
    }
    scanFrom = Math.max(1, bytes.length - STREAM_HEADER_LENGTH);
    return cut;
  };

  for (;;) {
    const next = await source.next();
    if (next.done) break;
    const chunk = next.value;
    parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    length += chunk.byteLength;
    if (length < nextAttempt) continue;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    parts = [bytes];
    const cut = findCut(bytes);
    if (cut > 0) {
      yield { kind: 'piece', bytes: bytes.subarray(0, cut), final: false };
      parts = [bytes.subarray(cut)];
      length -= cut;
      base += cut;
      scanFrom = 1;
      nextAttempt = options.pieceBytes;
    } else if (length > options.maxPieceBytes) {
      yield { kind: 'rest', head: bytes, rest: source };
      return;
    } else {
      // Gathered bytes are joined at each attempt: attempts grow geometrically so a single-stream file costs a few
      // copies of `maxPieceBytes`, not one per chunk read.
      nextAttempt = Math.max(length + Math.ceil(options.pieceBytes / 4), Math.ceil(length * 1.5));
    }
  }
  const bytes = Buffer.concat(parts, length);
  // The last stream on its own, so that the pieces before it are read whole before any error it holds.
  const cut = findCut(bytes);
  if (offsets && nextOffset < offsets.length)
    throw mismatch(`it names a stream at byte ${offsets[nextOffset]}, but the dump has ${base + length} bytes`);
  if (cut > 0) yield { kind: 'piece', bytes: bytes.subarray(0, cut), final: false };
  if (length > 0) yield { kind: 'piece', bytes: cut > 0 ? bytes.subarray(cut) : bytes, final: true };
}
