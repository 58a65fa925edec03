// Tests the decoder lanes: piece ends found across any chunking, several pieces per process, a lane ended when too
// little follows the piece awaited, and a failed lane rejecting what it still held.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  DecoderProcesses,
  decodePiece,
  findDecoderProgram,
  type NativeDecoder,
} from '../../src/dump/bzip2-decoders.js';
import { DecoderLanes, makePieceEnd, PieceEndSplitter } from '../../src/dump/decoder-lanes.js';
import { AVAILABLE_DECODERS } from '../helpers/bzip2-decoders.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

const NATIVE = AVAILABLE_DECODERS.filter((d): d is NativeDecoder => d !== 'javascript');

/** Counts the processes started. */
class CountedProcesses extends DecoderProcesses {
  started = 0;
  override start(kind: NativeDecoder, threads: number) {
    this.started++;
    return super.start(kind, threads);
  }
}

const PIECE_END = Buffer.from('\0\xFF0123456789abcdef\xFF\0', 'latin1');

/** The pieces a splitter hands on when `bytes` arrive in chunks of the given sizes, repeated. */
function split(bytes: Buffer, sizes: number[]): { pieces: string[]; trailing: number } {
  const pieces: string[] = [];
  const splitter = new PieceEndSplitter(PIECE_END, (chunks: Buffer[]) =>
    pieces.push(Buffer.concat(chunks).toString('latin1')),
  );
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    splitter.push(bytes.subarray(at, at + size));
    at += size;
  }
  return { pieces, trailing: splitter.trailingBytes };
}

const PIECES = ['<page>one</page>', '', 'x', '\0\xFF almost an end \xFF', '<page>two</page>\n'];
const STREAM = Buffer.concat(PIECES.flatMap((p) => [Buffer.from(p, 'latin1'), PIECE_END]));

describe('PieceEndSplitter', () => {
  it.each([[[1]], [[2]], [[PIECE_END.length - 1]], [[PIECE_END.length]], [[7, 1, 30]], [[1000]]])(
    'chunks of %j: every piece, the end dropped',
    (sizes) => {
      expect(split(STREAM, sizes)).toEqual({ pieces: PIECES, trailing: 0 });
    },
  );

  it('finds an end cut at every position between two chunks', () => {
    for (let cut = 0; cut <= STREAM.length; cut++) {
      const pieces: string[] = [];
      const splitter = new PieceEndSplitter(PIECE_END, (chunks: Buffer[]) =>
        pieces.push(Buffer.concat(chunks).toString('latin1')),
      );
      splitter.push(STREAM.subarray(0, cut));
      splitter.push(STREAM.subarray(cut));
      expect(pieces).toEqual(PIECES);
    }
  });

  it.each([
    ['byte by byte, ends every 10 bytes', 1, 10],
    ['in chunks of 4 kB, ends every 10 bytes', 4096, 10],
    ['byte by byte, one end at the close', 1, Infinity],
  ])('stays linear %s (50,000 vs 200,000 bytes)', (_, chunk, every) => {
    const make = (n: number): Buffer => {
      const parts: Buffer[] = [];
      for (let at = 0; at < n; at += Math.min(every, n)) parts.push(Buffer.alloc(Math.min(every, n), 'x'), PIECE_END);
      return Buffer.concat(parts);
    };
    const m = measureGrowth(make, (bytes) => split(bytes, [chunk]).pieces.length, { small: 50_000, ladder: 2 });
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toBe(every === Infinity ? 1 : 20_000);
  });

  it('counts the bytes after the last end, held ones too', () => {
    expect(split(Buffer.concat([STREAM, Buffer.from('abc')]), [5]).trailing).toBe(3);
    expect(split(Buffer.concat([STREAM, PIECE_END.subarray(0, 4)]), [100]).trailing).toBe(4);
  });
});

describe.each(NATIVE)('makePieceEnd by %s', (kind) => {
  it('is 20 bytes between NUL and 0xFF, new each time, and its bzip2 stream (read by the JS decoder)', async () => {
    const [a, b] = [makePieceEnd(findDecoderProgram(kind)!), makePieceEnd(findDecoderProgram(kind)!)];
    expect(a.bytes.length).toBe(20);
    expect([a.bytes.subarray(0, 2), a.bytes.subarray(-2)].map((x) => x.toString('hex'))).toEqual(['00ff', 'ff00']);
    expect(a.bytes.equals(b.bytes)).toBe(false);
    const out = await decodePiece('javascript', new DecoderProcesses(), a.bzip2);
    expect(Buffer.concat(out).equals(a.bytes)).toBe(true);
  });
});

const texts = ['first piece\n', 'second piece, a little longer\n', 'third\n', 'fourth\n', 'fifth\n', 'sixth\n'];
const compressed = texts.map((t) => execFileSync('bzip2', ['-9c'], { input: t }));

describe.each(NATIVE)('DecoderLanes with %s', (kind) => {
  it('decodes six pieces in turn on two processes', async () => {
    const processes = new CountedProcesses();
    const lanes = new DecoderLanes(kind, 2, processes, 0);
    const sent = compressed.map((piece) => lanes.decode(piece)!);
    lanes.close();
    const out = await Promise.all(sent.map(({ chunks }) => chunks));
    expect(out.map((chunks) => Buffer.concat(chunks).toString())).toEqual(texts);
    expect(processes.started).toBe(2);
  });

  it('ends a lane awaited with too little after its piece, and starts another for the next', async () => {
    const processes = new CountedProcesses();
    const lanes = new DecoderLanes(kind, 1, processes);
    const first = lanes.decode(compressed[0]!)!;
    first.flush();
    expect(Buffer.concat(await first.chunks).toString()).toBe(texts[0]);
    const second = lanes.decode(compressed[1]!)!;
    second.flush();
    expect(Buffer.concat(await second.chunks).toString()).toBe(texts[1]);
    expect(processes.started).toBe(2);
  });

  it('keeps a lane that has been sent enough after the piece', async () => {
    const processes = new CountedProcesses();
    const lanes = new DecoderLanes(kind, 1, processes, compressed[1]!.length);
    const first = lanes.decode(compressed[0]!)!;
    const second = lanes.decode(compressed[1]!)!;
    first.flush();
    expect(lanes.decode(compressed[2]!)).not.toBeNull();
    lanes.close();
    expect(Buffer.concat(await first.chunks).toString()).toBe(texts[0]);
    expect(Buffer.concat(await second.chunks).toString()).toBe(texts[1]);
    expect(processes.started).toBe(1);
  });

  it('rejects the damaged piece and those after it on the lane, and takes no more', async () => {
    const damaged = Buffer.from(compressed[1]!);
    damaged[damaged.length >> 1]! ^= 0xff;
    const lanes = new DecoderLanes(kind, 1, new CountedProcesses(), 0);
    const sent = [compressed[0]!, damaged, compressed[2]!].map((piece) => lanes.decode(piece)!);
    lanes.close();
    const [first, ...rest] = await Promise.allSettled(sent.map(({ chunks }) => chunks));
    expect(rest.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    // A decoder that fails may not have written out what it decoded before (which is why decompressDump decodes a
    // failed lane's pieces again alone): the piece before is whole or rejected, never cut.
    if (first!.status === 'fulfilled') expect(Buffer.concat(first!.value).toString()).toBe(texts[0]);
    expect(lanes.decode(compressed[3]!)).toBeNull();
  });

  it('reads a piece holding what looks like a piece end whole: each run has its own', async () => {
    const lookalike = makePieceEnd(findDecoderProgram(kind)!).bytes;
    const text = Buffer.concat([Buffer.from('a'), lookalike, Buffer.from('b')]);
    const lanes = new DecoderLanes(kind, 1, new CountedProcesses(), 0);
    const sent = [execFileSync('bzip2', ['-9c'], { input: text }), compressed[0]!].map((p) => lanes.decode(p)!);
    lanes.close();
    const [first, second] = await Promise.all(sent.map(({ chunks }) => chunks));
    expect(Buffer.concat(first!).equals(text)).toBe(true);
    expect(Buffer.concat(second!).toString()).toBe(texts[0]);
  });
});
