// Tests that broken bzip2 data is named by our own DumpError (truncated or corrupt), decided from the data, not the decoder's text.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decompressDump, endsWithEndOfStreamMarker } from '../../src/dump/decompress-dump.js';
import { DumpError } from '../../src/index.js';
import { buildDumpXml, DUMP_BZ2 } from './build-dump.js';

const xml = buildDumpXml();
const bz2 = readFileSync(DUMP_BZ2);
// The committed file is two bzip2 streams, as a multistream dump is; the second starts with its own "BZh9" and block magic.
const secondStream = bz2.indexOf(Buffer.from('425a683931415926', 'hex'), 4);

/** The bytes in chunks of `size` (Infinity: one chunk), so the end is also seen across chunk borders. */
function chunks(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += Math.min(size, bytes.length)) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function decode(bytes: Buffer, size = Infinity): Promise<{ text: string; error: unknown }> {
  const parts: Uint8Array[] = [];
  try {
    for await (const part of decompressDump(chunks(bytes, size))) parts.push(part);
    return { text: Buffer.concat(parts).toString('utf8'), error: null };
  } catch (error) {
    return { text: Buffer.concat(parts).toString('utf8'), error };
  }
}

function edited(edit: (bytes: Buffer) => void): Buffer {
  const copy = Buffer.from(bz2);
  edit(copy);
  return copy;
}

const TRUNCATED: [string, Buffer][] = [
  ['only "BZh9"', bz2.subarray(0, 4)],
  ['the header and part of the block magic', bz2.subarray(0, 7)],
  ['cut in the middle of the first stream', bz2.subarray(0, Math.floor(secondStream / 2))],
  ['cut just after the second stream header', bz2.subarray(0, secondStream + 10)],
  [
    'cut in the middle of the second stream',
    bz2.subarray(0, secondStream + Math.floor((bz2.length - secondStream) / 2)),
  ],
  ['the last byte dropped', bz2.subarray(0, -1)],
  ['the last five bytes dropped (inside the stream CRC)', bz2.subarray(0, -5)],
  ['other bytes after the last stream', Buffer.concat([bz2, Buffer.from('trailing text\n')])],
];

const CORRUPT: [string, Buffer][] = [
  ['bytes 100–400 overwritten', edited((b) => b.fill(0x41, 100, 400))],
  ['one bit flipped in the first block', edited((b) => void (b[Math.floor(secondStream / 2)]! ^= 0x01))],
  ['one bit flipped in the second block', edited((b) => void (b[secondStream + 600]! ^= 0x10))],
  ['block-size digit "0"', edited((b) => void (b[3] = 0x30))],
  ['no block magic after the header', edited((b) => b.fill(0x00, 4, 10))],
  ['"BZh9" then text', Buffer.from('BZh9 is not how this file goes on, and it does end here')],
];

describe('decompressDump: broken bzip2', () => {
  it.each(
    TRUNCATED.flatMap(([name, bytes]) => [
      [`${name}, one chunk`, bytes, Infinity] as const,
      [`${name}, 5-byte chunks`, bytes, 5] as const,
    ]),
  )('truncated: %s', async (_name, bytes, size) => {
    const { error } = await decode(bytes, size);
    expect(error).toBeInstanceOf(DumpError);
    expect(error).toMatchObject({
      code: 'bzip2-truncated',
      message: 'not a valid bzip2 file: it ends before its end-of-stream marker (cut short?)',
    });
  });

  it.each(
    CORRUPT.flatMap(([name, bytes]) => [
      [`${name}, one chunk`, bytes, Infinity] as const,
      [`${name}, 5-byte chunks`, bytes, 5] as const,
    ]),
  )('corrupt: %s', async (_name, bytes, size) => {
    const { error } = await decode(bytes, size);
    expect(error).toBeInstanceOf(DumpError);
    expect((error as DumpError).code).toBe('bzip2-corrupt');
    expect((error as DumpError).message).toMatch(/^not a valid bzip2 file: its (data|header) is damaged/);
  });

  it('a decoder failure is kept as the cause; a header refused by our own check has none', async () => {
    expect(((await decode(bz2.subarray(0, -1))).error as Error).cause).toBeInstanceOf(Error);
    expect(((await decode(CORRUPT[3]![1])).error as Error).cause).toBeUndefined();
  });

  it('a cut exactly between two streams is a whole bzip2 file (nothing tells it apart), decoded without error', async () => {
    const { text, error } = await decode(bz2.subarray(0, secondStream));
    expect(error).toBeNull();
    expect(text.length).toBeGreaterThan(0);
    expect(xml.startsWith(text)).toBe(true);
    expect(text.length).toBeLessThan(xml.length);
  });

  it('the whole file still decodes to the export, in one chunk and in 5-byte chunks', async () => {
    expect(await decode(bz2)).toEqual({ text: xml, error: null });
    expect(await decode(bz2, 5)).toEqual({ text: xml, error: null });
  });
});

/** A stream's end: `lead` bits, the end-of-stream marker, a CRC, `padding` bits (set when `dirty`), as bytes. */
function streamEnd(padding: number, dirty = false): Buffer {
  // Enough lead bits to fill whole bytes, the first of them set so the width is fixed.
  const lead = (8 - ((80 + padding) % 8)) % 8 || 8;
  let bits = 1n << BigInt(lead - 1);
  bits = (bits << 48n) | 0x177245385090n;
  bits = (bits << 32n) | 0xdeadbeefn;
  bits = (bits << BigInt(padding)) | (dirty && padding > 0 ? 1n : 0n);
  const hex = bits.toString(16).padStart(((lead + 80 + padding) / 8) * 2, '0');
  return Buffer.from(hex, 'hex');
}

describe('endsWithEndOfStreamMarker', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('the marker, a CRC and %i zero bits of padding', (padding) => {
    expect(endsWithEndOfStreamMarker(streamEnd(padding))).toBe(true);
    expect(endsWithEndOfStreamMarker(Buffer.concat([Buffer.from('xyz'), streamEnd(padding)]))).toBe(true);
  });

  it.each([1, 4, 7])('padding of %i bits with a bit set is not an end', (padding) => {
    expect(endsWithEndOfStreamMarker(streamEnd(padding, true))).toBe(false);
  });

  it.each([
    ['the committed file', bz2, true],
    ['its first stream', bz2.subarray(0, secondStream), true],
    ['its last byte dropped', bz2.subarray(0, -1), false],
    ['a byte added', Buffer.concat([bz2, Buffer.from([0])]), false],
    ['nine bytes (shorter than marker and CRC)', bz2.subarray(-9), false],
    ['nothing', Buffer.alloc(0), false],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(endsWithEndOfStreamMarker(bytes)).toBe(expected);
  });
});
