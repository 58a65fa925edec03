// Dump: the two bzip2 decoders — the native `bzip2` program in a child process (about 3× faster: docs/performance.md,
// "Dump decompression") and unbzip2-stream in JavaScript, which runs everywhere — each for a whole piece of bzip2
// data held in memory, or for a stream of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import unbzip2Stream from 'unbzip2-stream';

export type DecoderKind = 'native' | 'javascript';

let nativePath: string | null | undefined;

/** The `bzip2` program on PATH, or null; looked up once (a directory walk, no process started). */
export function findNativeBzip2(): string | null {
  if (nativePath !== undefined) return nativePath;
  const names = process.platform === 'win32' ? ['bzip2.exe'] : ['bzip2'];
  nativePath = null;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return (nativePath = join(dir, name));
      } catch {
        // not here
      }
    }
  }
  return nativePath;
}

/** Children still running, so a consumer that stops early (Ctrl-C, break) leaves none behind. */
export class DecoderProcesses {
  private readonly running = new Set<ChildProcess>();

  start(path: string): ChildProcess {
    const child = spawn(path, ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
function exitOf(child: ChildProcess): Promise<Error | null> {
  let complaint = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (complaint += text));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(error));
    child.on('close', (code, signal) => resolve(code === 0 ? null : new Error(complaint.trim() || `bzip2 exited with ${signal ?? `code ${code}`}`)));
  });
}

/**
 * Decodes one piece of bzip2 data (one or more whole streams) to its bytes, in the chunks the decoder gave.
 * @example await decodePiece('native', processes, readFileSync('part.bz2'))
 */
export async function decodePiece(kind: DecoderKind, processes: DecoderProcesses, bytes: Uint8Array): Promise<Buffer[]> {
  const out: Buffer[] = [];
  if (kind === 'javascript') {
    for await (const chunk of decodeStream('javascript', processes, [bytes])) out.push(chunk as Buffer);
    return out;
  }
  const child = processes.start(findNativeBzip2()!);
  child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
  const exit = exitOf(child);
  child.stdin!.end(bytes);
  const error = await exit;
  if (error) throw error;
  return out;
}

/**
 * Decodes bzip2 data as it streams past, with back-pressure: the decoder's errors are its own plain Errors.
 * @example for await (const bytes of decodeStream('native', processes, compressedChunks)) …
 */
export async function* decodeStream(kind: DecoderKind, processes: DecoderProcesses, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
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
  const child = processes.start(findNativeBzip2()!);
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
