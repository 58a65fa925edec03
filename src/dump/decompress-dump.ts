// Dump: undo bzip2 compression when the stream starts with the bzip2 magic, else pass bytes through.
import { decodePiece, decodeStream, DecoderProcesses, resolveDecoder, type DecoderKind } from './bzip2-decoders.js';
import { DecoderLanes } from './decoder-lanes.js';
import { DumpError } from './dump-error.js';
import { splitBzip2Streams } from './split-bzip2-streams.js';

const BZIP2_MAGIC = [0x42, 0x5a, 0x68]; // "BZh"
// After "BZh" and the block-size digit, a stream goes on with a block (the digits of pi) or, when empty, ends (those of √pi).
const BLOCK_MAGIC = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
const END_OF_STREAM_MAGIC = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];
const HEADER_LENGTH = 10;
// A stream ends with the √pi marker (48 bits), the stream's CRC (32 bits), and 0–7 zero bits to a whole byte.
const END_OF_STREAM = 0x177245385090n;
const TAIL_LENGTH = 11;

function startsWith(chunk: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((byte, i) => chunk[at + i] === byte);
}

/** Our own check of a bzip2 file's first bytes, so that a file that is not bzip2 past its "BZh" is named as such. */
function checkHeader(head: Uint8Array): DumpError | null {
  if (head.length < HEADER_LENGTH) return truncated();
  const level = head[3]!;
  const blockOrEnd = startsWith(head, BLOCK_MAGIC, 4) || startsWith(head, END_OF_STREAM_MAGIC, 4);
  if (level < 0x31 || level > 0x39 || !blockOrEnd) {
    return new DumpError('bzip2-corrupt', 'not a valid bzip2 file: its header is damaged (no block follows "BZh")');
  }
  return null;
}

function corrupt(cause: unknown): DumpError {
  return new DumpError(
    'bzip2-corrupt',
    'not a valid bzip2 file: its data is damaged (a check failed while decompressing)',
    cause,
  );
}

function truncated(cause?: unknown): DumpError {
  return new DumpError(
    'bzip2-truncated',
    'not a valid bzip2 file: it ends before its end-of-stream marker (cut short?)',
    cause,
  );
}

/**
 * True when `tail`, the last bytes of some bzip2 data, ends the way a bzip2 stream ends: the end-of-stream marker,
 * the stream's CRC and zero padding to a byte. The marker is not byte-aligned, so all eight shifts are tried.
 * @example endsWithEndOfStreamMarker(readFileSync('pages.xml.bz2').subarray(-11)) // true
 */
export function endsWithEndOfStreamMarker(tail: Uint8Array): boolean {
  const last = tail.subarray(-TAIL_LENGTH);
  let bits = 0n;
  for (const byte of last) bits = (bits << 8n) | BigInt(byte);
  const width = BigInt(last.length * 8);
  for (let padding = 0n; padding < 8n && padding + 80n <= width; padding++) {
    const paddingBits = bits & ((1n << padding) - 1n);
    if (paddingBits === 0n && ((bits >> (padding + 32n)) & 0xffff_ffff_ffffn) === END_OF_STREAM) return true;
  }
  return false;
}

async function* prepend(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

export interface DecompressOptions {
  /** Pieces decoded at once (default 1); more only helps a multistream file. */
  decoders?: number | undefined;
  /** The streams' byte offsets from the dump's index (readStreamIndex), ascending: checked, and where pieces are cut. */
  streamOffsets?: readonly number[] | undefined;
  /** Force a decoder (default `native`: lbzip2 when on PATH, else bzip2, else JavaScript). */
  decoder?: DecoderKind | undefined;
  /** Pieces of about this many compressed bytes are decoded at once (default 4 MiB; small in tests). */
  pieceBytes?: number | undefined;
  /** Past this many bytes with no stream boundary, the file is read as one stream (default 16 MiB). */
  maxPieceBytes?: number | undefined;
}

/**
 * Streams the bytes of a dump, decompressing bzip2 (`.xml.bz2`, multistream included) when the first bytes say so;
 * the file name is not trusted. A multistream file is cut into pieces of whole streams, decoded by `decoders`
 * long-lived lbzip2 or bzip2 processes taking them in turn (decoder-lanes.ts) and put back in order; memory stays
 * bounded (a few pieces in flight).
 * Broken bzip2 data fails with a DumpError: `bzip2-truncated` when the data ends without an end-of-stream marker,
 * `bzip2-corrupt` otherwise, and `index-mismatch` when `streamOffsets` do not match the data; everything decoded
 * before the broken piece has been yielded first.
 * @example for await (const bytes of decompressDump(fs.createReadStream('pages.xml.bz2'))) …
 */
export async function* decompressDump(
  source: AsyncIterable<Uint8Array | string>,
  options: DecompressOptions = {},
): AsyncGenerator<Uint8Array> {
  const iterator = (async function* () {
    for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  })();
  // Gather enough bytes to look at the magic and, for bzip2, the header.
  let head = new Uint8Array(0);
  while (head.length < HEADER_LENGTH) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  if (head.length === 0) return;
  const bytes = prepend(head, iterator);
  if (!startsWith(head, BZIP2_MAGIC)) {
    yield* bytes;
    return;
  }
  const problem = checkHeader(head);
  if (problem) throw problem;

  // The decoder's errors are its own plain Errors: what went wrong is told by whether the data ended as bzip2 ends.
  let tail = new Uint8Array(0);
  let ended = false;
  const watched = (async function* () {
    for await (const chunk of bytes) {
      // A copy, so the tail does not keep the whole chunk alive.
      tail = Buffer.from(
        chunk.length >= TAIL_LENGTH
          ? chunk.subarray(-TAIL_LENGTH)
          : Buffer.concat([tail, chunk]).subarray(-TAIL_LENGTH),
      );
      yield chunk;
    }
    ended = true;
  })();
  const asDumpError = (error: unknown): DumpError =>
    ended && !endsWithEndOfStreamMarker(tail) ? truncated(error) : corrupt(error);

  const kind = resolveDecoder(options.decoder);
  const decoders = Math.max(1, Math.floor(options.decoders ?? 1));
  const processes = new DecoderProcesses();
  const pieces = splitBzip2Streams(watched, {
    pieceBytes: options.pieceBytes ?? 4 * 1024 * 1024,
    maxPieceBytes: options.maxPieceBytes ?? 16 * 1024 * 1024,
    offsets: options.streamOffsets ?? null,
    endsWithEndOfStreamMarker,
  });
  // Pieces decoded or being decoded, in dump order: `decoders` at once, a few more waiting their turn.
  const window = decoders + 2;
  const inFlight: { chunks: Promise<Buffer[]>; flush: () => void }[] = [];
  let running = 0;
  const waiting: (() => void)[] = [];
  // Native decoders run as lanes, one per decoder, that take pieces in turn: each lane then has the window's later
  // pieces to go on with, so it writes out the piece awaited first.
  const lanes = kind === 'javascript' ? null : new DecoderLanes(kind, decoders, processes);
  const decodeAlone = async (piece: Buffer): Promise<Buffer[]> => {
    if (running >= decoders) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await decodePiece(kind, processes, piece);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  const checked = async (decoded: Promise<Buffer[]>, piece: Buffer, final: boolean): Promise<Buffer[]> => {
    try {
      const out = await decoded;
      // A decoder may stop at the last end-of-stream marker and ignore what follows: bytes after it are our error.
      if (final && !endsWithEndOfStreamMarker(piece.subarray(-TAIL_LENGTH))) throw truncated();
      return out;
    } catch (error) {
      if (error instanceof DumpError) throw error;
      // A piece before the last was cut where a stream ends: its failure is damage.
      throw final && !endsWithEndOfStreamMarker(piece.subarray(-TAIL_LENGTH)) ? truncated(error) : corrupt(error);
    }
  };
  const decode = (piece: Buffer, final: boolean): { chunks: Promise<Buffer[]>; flush: () => void } => {
    const onLane = lanes?.decode(piece);
    // A piece whose lane failed is decoded again alone: that tells exactly what of it was readable.
    const decoded = onLane ? onLane.chunks.catch(() => decodeAlone(piece)) : decodeAlone(piece);
    const chunks = checked(decoded, piece, final);
    // Awaited later, in order; until then a failure must not count as unhandled.
    chunks.catch(() => {});
    return { chunks, flush: onLane?.flush ?? (() => {}) };
  };
  const next = (): Promise<Buffer[]> => {
    const first = inFlight.shift()!;
    first.flush();
    return first.chunks;
  };
  try {
    for await (const piece of pieces) {
      if (piece.kind === 'rest') {
        lanes?.close();
        while (inFlight.length > 0) yield* await next();
        try {
          yield* decodeStream(kind, processes, prepend(piece.head, piece.rest), decoders);
        } catch (error) {
          throw error instanceof DumpError ? error : asDumpError(error);
        }
        if (!endsWithEndOfStreamMarker(tail)) throw truncated();
        return;
      }
      inFlight.push(decode(piece.bytes, piece.final));
      while (inFlight.length >= window) yield* await next();
    }
    lanes?.close();
    while (inFlight.length > 0) yield* await next();
  } finally {
    processes.killAll();
  }
}
