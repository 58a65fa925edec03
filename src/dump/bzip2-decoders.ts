// Dump: the bzip2 decoders — a native program in a child process (lbzip2, else bzip2: docs/performance.md, "Dump
// decompression") and unbzip2-stream in JavaScript, which runs everywhere — each for a whole piece of bzip2 data
// held in memory, or for a stream of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import unbzip2Stream from 'unbzip2-stream';

/** `native`: the fastest program on PATH (lbzip2, else bzip2); the others name one decoder. */
export const DECODER_KINDS = ['native', 'lbzip2', 'bzip2', 'javascript'] as const;
export type DecoderKind = (typeof DECODER_KINDS)[number];
export type NativeDecoder = 'lbzip2' | 'bzip2';

const found = new Map<NativeDecoder, string | null>();

/**
 * The program on PATH, or null; looked up once per name (a directory walk, no process started).
 * @example findDecoderProgram('bzip2') // '/usr/bin/bzip2'
 */
export function findDecoderProgram(name: NativeDecoder): string | null {
  const known = found.get(name);
  if (known !== undefined) return known;
  const names = process.platform === 'win32' ? [`${name}.exe`] : [name];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const file of names) {
      try {
        accessSync(join(dir, file), constants.X_OK);
        found.set(name, join(dir, file));
        return join(dir, file);
      } catch {
        // not here
      }
    }
  }
  found.set(name, null);
  return null;
}

/**
 * The decoder `kind` stands for on this machine: `native` is lbzip2 when on PATH (it decodes a single stream on
 * several threads, and is faster than bzip2 on one), else bzip2, else JavaScript.
 * @example resolveDecoder('native') // 'lbzip2' where it is installed
 */
export function resolveDecoder(kind: DecoderKind = 'native'): Exclude<DecoderKind, 'native'> {
  if (kind !== 'native') return kind;
  if (findDecoderProgram('lbzip2')) return 'lbzip2';
  return findDecoderProgram('bzip2') ? 'bzip2' : 'javascript';
}

/** The arguments that decode standard input to standard output on `threads` threads (bzip2 has one). */
function decoderArgs(kind: NativeDecoder, threads: number): string[] {
  return kind === 'lbzip2' ? ['-dc', `-n${Math.max(1, Math.floor(threads))}`] : ['-dc'];
}

/** Children still running, so a consumer that stops early (Ctrl-C, break) leaves none behind. */
export class DecoderProcesses {
  private readonly running = new Set<ChildProcess>();

  start(kind: NativeDecoder, threads: number): ChildProcess {
    const path = findDecoderProgram(kind);
    if (path === null) throw new Error(`${kind} is not on PATH`);
    const child = spawn(path, decoderArgs(kind, threads), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.running.add(child);
    child.on('close', () => this.running.delete(child));
    // A child that fails early closes its input: the write error is told by its exit status instead.
    child.stdin!.on('error', () => {});
    return child;
  }

  killAll(): void {
    for (const child of this.running) child.kill();
    this.running.clear();
  }
}

/** The exit of a decoder process: null when it succeeded, else its complaint as an Error. */
export function exitOf(child: ChildProcess): Promise<Error | null> {
  let complaint = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (complaint += text));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(error));
    child.on('close', (code, signal) =>
      resolve(code === 0 ? null : new Error(complaint.trim() || `the decoder exited with ${signal ?? `code ${code}`}`)),
    );
  });
}

/**
 * Decodes one piece of bzip2 data (one or more whole streams) to its bytes, in the chunks the decoder gave; a
 * program decodes it on one thread (pieces are decoded side by side instead).
 * @example await decodePiece('bzip2', processes, readFileSync('part.bz2'))
 */
export async function decodePiece(
  kind: Exclude<DecoderKind, 'native'>,
  processes: DecoderProcesses,
  bytes: Uint8Array,
): Promise<Buffer[]> {
  const out: Buffer[] = [];
  if (kind === 'javascript') {
    for await (const chunk of decodeStream('javascript', processes, [bytes])) out.push(chunk as Buffer);
    return out;
  }
  const child = processes.start(kind, 1);
  child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
  const exit = exitOf(child);
  child.stdin!.end(bytes);
  const error = await exit;
  if (error) throw error;
  return out;
}

/**
 * Decodes bzip2 data as it streams past, with back-pressure, lbzip2 on `threads` threads: the decoder's errors are
 * its own plain Errors.
 * @example for await (const bytes of decodeStream('lbzip2', processes, compressedChunks, 2)) …
 */
export async function* decodeStream(
  kind: Exclude<DecoderKind, 'native'>,
  processes: DecoderProcesses,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  threads = 1,
): AsyncGenerator<Uint8Array> {
  if (kind === 'javascript') {
    // unbzip2-stream is a classic (through) stream: pipe it into a PassThrough to get back-pressure and async iteration.
    const decoder = unbzip2Stream();
    const out = new PassThrough();
    decoder.on('error', (error: Error) => out.destroy(error));
    Readable.from(source)
      .on('error', (error: Error) => out.destroy(error))
      .pipe(decoder)
      .pipe(out);
    yield* out;
    return;
  }
  const child = processes.start(kind, threads);
  const exit = exitOf(child);
  const input = Readable.from(source);
  let inputError: Error | null = null;
  input.on('error', (error: Error) => {
    inputError = error;
    child.kill();
  });
  input.pipe(child.stdin!);
  try {
    yield* child.stdout!;
  } finally {
    input.destroy();
  }
  const error = inputError ?? (await exit);
  if (error) throw error;
}
