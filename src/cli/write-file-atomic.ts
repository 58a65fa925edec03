// CLI support: write a file under a temporary name, then rename — readers never see a half-written file.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `path` atomically (same folder, so the rename cannot cross file systems).
 * @example await writeFileAtomic('out/battle.json', '{}\n');
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temporary = temporaryName(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface AtomicStream {
  /** Writes and waits when the stream is full. */
  write(text: string): Promise<void>;
  /** Flushes and renames into place. */
  commit(): Promise<void>;
  /** Drops the temporary file. */
  abort(): Promise<void>;
}

/**
 * A streamed file that appears at `path` only on `commit()` (for outputs too large to hold, like a dump's NDJSON).
 * @example const out = openAtomicStream('conflicts.ndjson'); await out.write(line); await out.commit();
 */
export function openAtomicStream(path: string): AtomicStream {
  const temporary = temporaryName(path);
  const stream: WriteStream = createWriteStream(temporary);
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  const finish = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      stream.end(() => (failure ? reject(failure) : resolve()));
    });
  return {
    async write(text) {
      if (failure) throw failure;
      // `once` rejects if the stream fails while we wait.
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async commit() {
      await finish();
      await rename(temporary, path);
    },
    async abort() {
      await finish().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}
