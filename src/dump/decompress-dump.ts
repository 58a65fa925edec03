// Dump: undo bzip2 compression when the stream starts with the bzip2 magic, else pass bytes through.
import { PassThrough, Readable } from 'node:stream';
import unbzip2Stream from 'unbzip2-stream';

const BZIP2_MAGIC = [0x42, 0x5a, 0x68]; // "BZh"

function startsWithMagic(chunk: Uint8Array): boolean {
  return BZIP2_MAGIC.every((byte, i) => chunk[i] === byte);
}

async function* prepend(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Streams the bytes of a dump, decompressing bzip2 (`.xml.bz2`, multistream included) when the first bytes say so;
 * the file name is not trusted. Never holds more than a few chunks in memory.
 * @example for await (const bytes of decompressDump(fs.createReadStream('pages.xml.bz2'))) …
 */
export async function* decompressDump(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const iterator = (async function* () {
    for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  })();
  // Gather at least three bytes to look at the magic.
  let head = new Uint8Array(0);
  while (head.length < BZIP2_MAGIC.length) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  if (head.length === 0) return;
  const bytes = prepend(head, iterator);
  if (!startsWithMagic(head)) {
    yield* bytes;
    return;
  }
  // unbzip2-stream is a classic (through) stream: pipe it into a PassThrough to get back-pressure and async iteration.
  const decoder = unbzip2Stream();
  const out = new PassThrough();
  decoder.on('error', (error: Error) => out.destroy(error));
  Readable.from(bytes)
    .on('error', (error: Error) => out.destroy(error))
    .pipe(decoder)
    .pipe(out);
  yield* out;
}
