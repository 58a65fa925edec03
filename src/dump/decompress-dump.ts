// Dump: undo bzip2 compression when the stream starts with the bzip2 magic, else pass bytes through.
import { PassThrough, Readable } from 'node:stream';
import unbzip2Stream from 'unbzip2-stream';
import { DumpError } from './dump-error.js';

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

function truncated(cause?: unknown): DumpError {
  return new DumpError('bzip2-truncated', 'not a valid bzip2 file: it ends before its end-of-stream marker (cut short?)', cause);
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

/**
 * Streams the bytes of a dump, decompressing bzip2 (`.xml.bz2`, multistream included) when the first bytes say so;
 * the file name is not trusted. Never holds more than a few chunks in memory. Broken bzip2 data fails with a
 * DumpError: `bzip2-truncated` when the data ends without an end-of-stream marker, `bzip2-corrupt` otherwise.
 * @example for await (const bytes of decompressDump(fs.createReadStream('pages.xml.bz2'))) …
 */
export async function* decompressDump(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
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
      tail = Buffer.from(chunk.length >= TAIL_LENGTH ? chunk.subarray(-TAIL_LENGTH) : Buffer.concat([tail, chunk]).subarray(-TAIL_LENGTH));
      yield chunk;
    }
    ended = true;
  })();
  const asDumpError = (error: unknown): DumpError =>
    ended && !endsWithEndOfStreamMarker(tail)
      ? truncated(error)
      : new DumpError('bzip2-corrupt', 'not a valid bzip2 file: its data is damaged (a check failed while decompressing)', error);

  // unbzip2-stream is a classic (through) stream: pipe it into a PassThrough to get back-pressure and async iteration.
  const decoder = unbzip2Stream();
  const out = new PassThrough();
  decoder.on('error', (error: Error) => out.destroy(asDumpError(error)));
  Readable.from(watched)
    .on('error', (error: Error) => out.destroy(error))
    .pipe(decoder)
    .pipe(out);
  yield* out;
}
