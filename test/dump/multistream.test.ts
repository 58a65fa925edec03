// Tests multistream .bz2 dumps built here (a stream per page, as Wikimedia's files have one per 100): pieces decoded
// in parallel come back in order, equal to the sequential path; a truncated or corrupt stream and a wrong index fail
// with a DumpError that says how many pages were read first.
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findDecoderProgram, resolveDecoder } from '../../src/dump/bzip2-decoders.js';
import { AVAILABLE_DECODERS as DECODERS } from '../helpers/bzip2-decoders.js';
import { decompressDump, type DecompressOptions } from '../../src/dump/decompress-dump.js';
import { DumpError } from '../../src/dump/dump-error.js';
import { parseDump, type DumpResult } from '../../src/dump/parse-dump.js';
import { readStreamIndex } from '../../src/dump/read-stream-index.js';
import { isStreamStart } from '../../src/dump/split-bzip2-streams.js';
import { buildDumpXml } from './build-dump.js';

const xml = buildDumpXml();
// Wikimedia's layout: the header in a stream of its own, then the pages, then the footer.
const firstPage = xml.indexOf('  <page>');
const pageTexts = xml.slice(firstPage, xml.lastIndexOf('</mediawiki>')).split(/(?= {2}<page>)/);
const parts = [xml.slice(0, firstPage), ...pageTexts, '</mediawiki>\n'];
const streams = parts.map((part) => execFileSync('bzip2', ['-9c'], { input: part }));
const multistream = Buffer.concat(streams);
/** The whole export as one bzip2 stream, as pages-articles.xml.bz2 is. */
const single = execFileSync('bzip2', ['-9c'], { input: xml });
/** Each stream's byte offset; the index names those holding pages. */
const offsets = streams.map((_, i) => streams.slice(0, i).reduce((sum, s) => sum + s.length, 0));
const pageOffsets = offsets.slice(1, -1);
const indexText = pageTexts
  .map((page, i) => `${pageOffsets[i]}:${/<id>(\d+)<\/id>/.exec(page)![1]}:${/<title>(.*)<\/title>/.exec(page)![1]}`)
  .join('\n');

function chunks(bytes: Buffer, size = 1000): Readable {
  const list: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) list.push(bytes.subarray(i, i + size));
  return Readable.from(list);
}

async function decodeAll(bytes: Buffer, options: DecompressOptions): Promise<string> {
  const out: Uint8Array[] = [];
  for await (const part of decompressDump(chunks(bytes), options)) out.push(part);
  return Buffer.concat(out).toString('utf8');
}

/**
 * The conflicts' JSON lines, or the error with the lines written before it. A piece is cut at the last boundary in
 * the bytes gathered, so 50-byte chunks with pieces of 1 byte make each stream a piece of its own.
 */
async function dumpLines(
  bytes: Buffer,
  options: Parameters<typeof parseDump>[1],
): Promise<{ lines: string[]; error: unknown }> {
  const lines: string[] = [];
  try {
    for await (const result of parseDump(chunks(bytes, 50), { workers: 0, ...options }) as AsyncGenerator<DumpResult>)
      lines.push(result.ok ? result.json : `failed ${result.page.title}`);
    return { lines, error: null };
  } catch (error) {
    return { lines, error };
  }
}

/** The multistream file with stream `index` changed by `edit` (its bytes, not shared). */
function withStream(index: number, edit: (stream: Buffer) => Buffer): Buffer {
  return Buffer.concat(streams.map((s, i) => (i === index ? edit(Buffer.from(s)) : s)));
}

describe('multistream .bz2', () => {
  it('is built of several streams, each starting with a stream header', () => {
    expect(streams.length).toBe(7);
    expect(offsets.map((at) => isStreamStart(multistream, at))).toEqual(streams.map(() => true));
  });

  it.each([
    ...DECODERS.flatMap(
      (d) =>
        [
          [d, 1, 1],
          [d, 3, 1],
          [d, 2, 400],
          [d, 2, 1 << 22],
        ] as const,
    ),
    ['native', 2, 400],
  ] as const)(
    'decoder %s, %i at once, pieces of %i bytes: the export, byte for byte',
    async (decoder, decoders, pieceBytes) => {
      expect(await decodeAll(multistream, { decoder, decoders, pieceBytes })).toBe(xml);
      expect(await decodeAll(multistream, { decoder, decoders, pieceBytes, streamOffsets: pageOffsets })).toBe(xml);
    },
  );

  it('a single stream longer than maxPieceBytes is read as a stream, byte for byte', async () => {
    for (const decoder of DECODERS) {
      expect(await decodeAll(single, { decoder, decoders: 2, pieceBytes: 100, maxPieceBytes: 1000 })).toBe(xml);
    }
  });

  it('native means lbzip2 where it is installed, else bzip2', () => {
    expect(resolveDecoder('native')).toBe(
      findDecoderProgram('lbzip2') ? 'lbzip2' : findDecoderProgram('bzip2') ? 'bzip2' : 'javascript',
    );
    expect(resolveDecoder('bzip2')).toBe('bzip2');
  });

  it.each(
    DECODERS.flatMap(
      (decoder) =>
        [
          [
            decoder,
            'the last page stream cut in half',
            'bzip2-truncated',
            multistream.subarray(0, offsets[5]! + Math.floor(streams[5]!.length / 2)),
          ],
          [decoder, 'the footer stream cut short', 'bzip2-truncated', multistream.subarray(0, -3)],
          [
            decoder,
            'a bit flipped in the first page stream',
            'bzip2-corrupt',
            withStream(1, (s) => flipBit(s, s.length >> 1)),
          ],
          [decoder, 'a single-stream file cut in half', 'bzip2-truncated', single.subarray(0, single.length >> 1)],
          [decoder, 'a bit flipped in a single-stream file', 'bzip2-corrupt', flipBit(single, single.length >> 1)],
        ] as const,
    ),
  )('%s: %s is %s', async (decoder, _name, code, bytes) => {
    // pieces of one stream each; a single-stream file has no boundary, so it is read as one stream past 1,000 bytes
    const error = await decodeAll(bytes, { decoder, decoders: 2, pieceBytes: 1, maxPieceBytes: 1000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DumpError);
    expect(error).toMatchObject({ code });
  });

  it('parseDump writes the same lines from the multistream file (2 decoders, a stream per piece) as from the XML', async () => {
    const sequential = await dumpLines(Buffer.from(xml), {});
    const parallel = await dumpLines(multistream, { decoders: 2, pieceBytes: 1, streamOffsets: pageOffsets });
    expect(sequential.error).toBeNull();
    expect(parallel).toEqual(sequential);
    expect(sequential.lines.length).toBe(2);
  });

  it.each([
    [
      'the last page stream cut in half',
      'bzip2-truncated',
      4,
      multistream.subarray(0, offsets[5]! + Math.floor(streams[5]!.length / 2)),
    ],
    ['the footer stream cut short', 'bzip2-truncated', 5, multistream.subarray(0, -3)],
    [
      'bytes 40–80 of the third page stream overwritten',
      'bzip2-corrupt',
      2,
      withStream(3, (s) => s.fill(0x41, 40, 80)),
    ],
    ['a bit flipped in the first page stream', 'bzip2-corrupt', 0, withStream(1, (s) => flipBit(s, s.length >> 1))],
  ])('%s: %s after %i pages, which the message says', async (_name, code, pages, bytes) => {
    const { error } = await dumpLines(bytes, { decoders: 2, pieceBytes: 1 });
    expect(error).toBeInstanceOf(DumpError);
    expect(error).toMatchObject({ code, pagesRead: pages });
    expect((error as Error).message).toMatch(new RegExp(`; ${pages} pages? read before it$`));
  });

  it.each([
    [
      'an offset one byte off',
      pageOffsets.map((at, i) => (i === 2 ? at + 1 : at)),
      `no bzip2 stream starts at byte ${pageOffsets[2]! + 1}`,
    ],
    [
      'an offset past the end',
      [...pageOffsets, multistream.length + 100],
      `it names a stream at byte ${multistream.length + 100}, but the dump has ${multistream.length} bytes`,
    ],
    [
      "another dump's offsets",
      pageOffsets.map((at) => at + 7),
      `no bzip2 stream starts at byte ${pageOffsets[0]! + 7}`,
    ],
  ])('an index that does not match the data (%s) fails with index-mismatch', async (_name, streamOffsets, message) => {
    const { error } = await dumpLines(multistream, { decoders: 2, pieceBytes: 1, streamOffsets });
    expect(error).toBeInstanceOf(DumpError);
    expect(error).toMatchObject({ code: 'index-mismatch' });
    expect((error as Error).message).toContain(`the index does not match the dump: ${message}`);
  });
});

describe('readStreamIndex', () => {
  it('gives each stream offset once, ascending, from the bzip2 index', async () => {
    const index = execFileSync('bzip2', ['-9c'], {
      input: `${indexText}\n${pageOffsets.at(-1)}:99999:Another page in the last stream\n`,
    });
    expect(await readStreamIndex(Readable.from([index]))).toEqual(pageOffsets);
  });

  it.each([
    ['a line without offset', `${indexText}\nnot an index line\n`, 6],
    ['an offset without page id', `12:Title only\n`, 1],
  ])('%s fails with index-mismatch naming the line', async (_name, text, line) => {
    const index = execFileSync('bzip2', ['-9c'], { input: text });
    await expect(readStreamIndex(Readable.from([index]))).rejects.toMatchObject({
      code: 'index-mismatch',
      message: `the index does not match the dump: its line ${line} is not "offset:pageId:title"`,
    });
  });
});

describe('isStreamStart', () => {
  it.each([
    ['BZh9 and the block magic', '425a683931415926535900', true],
    ['BZh1 and the block magic', '425a683131415926535900', true],
    ['BZh0 (no such block size)', '425a683031415926535900', false],
    ['BZh9 and the end-of-stream magic (an empty stream)', '425a683917724538509000', false],
    ['cut inside the block magic', '425a6839314159', false],
  ])('%s → %s', (_name, hex, expected) => {
    expect(isStreamStart(Buffer.from(hex, 'hex'), 0)).toBe(expected);
  });
});

/** A copy of `bytes` with one bit of byte `at` flipped. */
function flipBit(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at]! ^= 0x04;
  return copy;
}
