// Dump: long-lived decoder processes ("lanes"), each decoding many pieces of a multistream dump in turn. Starting a
// process from a Node process of a few hundred MB costs about 15 ms of its CPU (fork copies its page tables:
// docs/performance.md, "Dump decompression"), once per 4 MiB piece; a lane starts once.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { exitOf, findDecoderProgram, type DecoderProcesses, type NativeDecoder } from './bzip2-decoders.js';

/** What a lane's decoder writes after each piece: `bytes`, from `bzip2`, a stream sent after each piece. */
export interface PieceEnd {
  bytes: Buffer;
  bzip2: Buffer;
}

/**
 * A piece end for one run: 16 random bytes between NUL and 0xFF (which neither XML nor UTF-8 allow), so no dump can
 * hold it; compressed by the decoder program itself, once per run.
 * @example makePieceEnd('/usr/bin/lbzip2').bzip2 // starts with "BZh9"
 */
export function makePieceEnd(program: string): PieceEnd {
  const bytes = Buffer.concat([Buffer.from([0, 0xff]), randomBytes(16), Buffer.from([0xff, 0])]);
  return { bytes, bzip2: execFileSync(program, ['-9c'], { input: bytes }) };
}

const NOTHING = Buffer.alloc(0);

/**
 * Cuts a byte stream at each piece end, which may straddle chunks, and hands over the chunks of each piece (the end
 * itself dropped). The last bytes, which may start an end, are held until the next chunk.
 * @example new PieceEndSplitter(end, (chunks) => pieces.push(Buffer.concat(chunks))).push(decoderOutput)
 */
export class PieceEndSplitter {
  private out: Buffer[] = [];
  /** Bytes not yet handed on: fewer than an end, all of a possible start of it. */
  private held: Buffer = NOTHING;

  constructor(
    private readonly end: Buffer,
    private readonly onPiece: (chunks: Buffer[]) => void,
  ) {}

  /** Bytes after the last end so far. */
  get trailingBytes(): number {
    return this.out.reduce((sum, chunk) => sum + chunk.length, this.held.length);
  }

  push(chunk: Buffer): void {
    const end = this.end;
    const size = end.length;
    let bytes = chunk;
    let from = 0;
    if (this.held.length > 0) {
      if (bytes.length < size) {
        // Short chunks are joined to what is held (a small copy), so held bytes only ever meet a long chunk.
        bytes = Buffer.concat([this.held, bytes]);
      } else {
        const seam = Buffer.concat([this.held, bytes.subarray(0, size - 1)]);
        const at = seam.indexOf(end);
        if (at >= 0) {
          this.add(this.held.subarray(0, at));
          this.finish();
          from = at + size - this.held.length;
        } else this.add(this.held);
      }
      this.held = NOTHING;
    }
    for (let at = bytes.indexOf(end, from); at >= 0; at = bytes.indexOf(end, from)) {
      this.add(bytes.subarray(from, at));
      this.finish();
      from = at + size;
    }
    const keep = Math.min(size - 1, bytes.length - from);
    this.add(bytes.subarray(from, bytes.length - keep));
    this.held = bytes.subarray(bytes.length - keep);
  }

  private add(bytes: Buffer): void {
    if (bytes.length > 0) this.out.push(bytes);
  }

  private finish(): void {
    const chunks = this.out;
    this.out = [];
    this.onPiece(chunks);
  }
}

interface Waiting {
  resolve: (chunks: Buffer[]) => void;
  reject: (error: Error) => void;
}

/**
 * Compressed bytes a lane must have been sent after a piece before that piece's end surely comes out: bzip2 writes
 * through a stdio buffer, flushed by the output of the next whole block (at most about 900 kB compressed); lbzip2
 * wanted between 10 and 100 kB (docs/performance.md). Less than this, and the lane is ended instead.
 */
export const FLUSH_BYTES = 2 * 1024 * 1024;

/**
 * One decoder process (lbzip2 or bzip2, on one thread) fed piece after piece, each followed by the piece end's
 * stream; its output is cut at the piece end. When the process fails or stops early, every piece still waiting is
 * rejected and the lane takes no more: the caller decodes those pieces alone, which tells exactly what was readable.
 * @example const chunks = await new DecoderLane('lbzip2', processes, end).decode(piece).chunks
 */
export class DecoderLane {
  private readonly child: ChildProcess;
  private readonly waiting: Waiting[] = [];
  private failure: Error | null = null;
  private ended = false;
  /** Compressed bytes sent so far. */
  private sent = 0;

  constructor(
    kind: NativeDecoder,
    processes: DecoderProcesses,
    private readonly end: PieceEnd,
    private readonly flushBytes = FLUSH_BYTES,
  ) {
    this.child = processes.start(kind, 1);
    const splitter = new PieceEndSplitter(end.bytes, (chunks) => {
      const next = this.waiting.shift();
      if (next) next.resolve(chunks);
      else this.fail(new Error('the decoder wrote more piece ends than it was sent pieces'));
    });
    this.child.stdout!.on('data', (chunk: Buffer) => splitter.push(chunk));
    void exitOf(this.child).then((error) => {
      if (error) this.fail(error);
      else if (this.waiting.length > 0 || splitter.trailingBytes > 0)
        this.fail(new Error('the decoder stopped before the end of the pieces it was sent'));
    });
  }

  /** Whether the lane takes another piece: not once it has failed or been ended. */
  get open(): boolean {
    return this.failure === null && !this.ended;
  }

  /** Whether the lane has failed: its pieces are then decoded elsewhere. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /**
   * Sends a piece. `chunks` are its decoded bytes; `flush()`, called before awaiting them, ends the lane unless it
   * has been sent enough after the piece for the decoder to write the piece's end (`flushBytes`).
   */
  decode(piece: Uint8Array): { chunks: Promise<Buffer[]>; flush: () => void } {
    const chunks = new Promise<Buffer[]>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.child.stdin!.write(piece);
    this.child.stdin!.write(this.end.bzip2);
    this.sent += piece.length + this.end.bzip2.length;
    const after = this.sent;
    return { chunks, flush: () => (this.sent - after < this.flushBytes ? this.close() : undefined) };
  }

  /** No more pieces: the decoder writes out the last one and exits. */
  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.child.stdin!.end();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const next of this.waiting.splice(0)) next.reject(this.failure);
    this.child.kill();
  }
}

/**
 * `count` lanes taking pieces in turn; an ended lane is replaced by a new one, a failed one is not.
 * @example const onLane = lanes.decode(piece) // null: decode the piece alone
 */
export class DecoderLanes {
  private readonly lanes: (DecoderLane | null)[];
  /** Made at the first piece; false when that failed. */
  private end: PieceEnd | false | null = null;
  private next = 0;

  constructor(
    private readonly kind: NativeDecoder,
    count: number,
    private readonly processes: DecoderProcesses,
    private readonly flushBytes = FLUSH_BYTES,
  ) {
    this.lanes = Array.from({ length: count }, () => null);
  }

  /** The piece sent to the next lane in turn, or null when that lane has failed or no lane can start. */
  decode(piece: Uint8Array): ReturnType<DecoderLane['decode']> | null {
    const slot = this.next++ % this.lanes.length;
    let lane = this.lanes[slot];
    if (lane?.failed || this.end === false) return null;
    try {
      this.end ??= makePieceEnd(findDecoderProgram(this.kind) ?? this.kind);
    } catch {
      // No program to make the end with (not on PATH): the pieces are decoded alone, which says so.
      this.end = false;
      return null;
    }
    if (!lane?.open) this.lanes[slot] = lane = new DecoderLane(this.kind, this.processes, this.end, this.flushBytes);
    return lane.decode(piece);
  }

  /** No more pieces: every lane writes out its last one and exits. */
  close(): void {
    for (const lane of this.lanes) lane?.close();
  }
}
