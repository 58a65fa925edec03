// CLI support: write a file under a temporary name, then rename — readers never see a half-written file.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now: removed by `removeTemporaryFiles` when the process is interrupted. */
const inFlight = new Set<string>();

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes every temporary file still being written (synchronously, so it can run in a signal handler just before
 * exit) and returns their names.
 * @example process.on('SIGINT', () => { removeTemporaryFiles(); process.exit(130); });
 */
export function removeTemporaryFiles(): string[] {
  const removed = [...inFlight];
  for (const path of removed) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Best effort: the process is about to exit, and there is nobody left to tell.
    }
  }
  inFlight.clear();
  return removed;
}

/**
 * Writes `data` to `path` atomically (same folder, so the rename cannot cross file systems).
 * @example await writeFileAtomic('out/battle.json', '{}\n');
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temporary = temporaryName(path);
  inFlight.add(temporary);
  await moveIntoPlace(temporary, path, () => writeFile(temporary, data));
}

/** Finishes the temporary file, renames it to `path`; on failure removes it. Either way it is no longer in flight. */
async function moveIntoPlace(temporary: string, path: string, finish: () => Promise<void>): Promise<void> {
  try {
    await finish();
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    inFlight.delete(temporary);
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
 * Resolves once the temporary file is open, so an unwritable place fails before any work is done.
 * @example const out = await openAtomicStream('conflicts.ndjson'); await out.write(line); await out.commit();
 */
export async function openAtomicStream(path: string): Promise<AtomicStream> {
  const temporary = temporaryName(path);
  inFlight.add(temporary);
  const stream: WriteStream = createWriteStream(temporary, { flags: 'wx' });
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  try {
    await once(stream, 'open');
  } catch (error) {
    inFlight.delete(temporary);
    throw error;
  }
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
      await moveIntoPlace(temporary, path, finish);
    },
    async abort() {
      await finish().catch(() => undefined);
      await rm(temporary, { force: true });
      inFlight.delete(temporary);
    },
  };
}
