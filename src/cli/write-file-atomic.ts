// CLI support: write a file under a temporary name, then rename — readers never see a half-written file; a pipe, device or socket at the path is written into instead, never replaced.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { constants, createWriteStream, rmSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { OutputError, resolveOutputTarget, type OutputTarget } from './output-target.js';

/** Temporary files being written now: removed by `removeTemporaryFiles` when the process is interrupted. */
const inFlight = new Set<string>();

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes every temporary file still being written (synchronously, so it can run in a signal handler just before
 * exit) and returns their names. A pipe or device being written into is not a temporary file and is left alone.
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
 * Writes `data` to `path` atomically (same folder, so the rename cannot cross file systems). When `path` is a
 * FIFO, a device or a socket, `data` is written into it instead; a symbolic link is followed within its folder
 * only (see `resolveOutputTarget`).
 * @example await writeFileAtomic('out/battle.json', '{}\n');
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const target = await resolveOutputTarget(path);
  if (target.kind === 'direct') {
    const stream = await openDirect(target);
    try {
      await stream.write(data);
      await stream.end();
    } finally {
      stream.destroy();
    }
    return;
  }
  const temporary = temporaryName(target.path);
  inFlight.add(temporary);
  await moveIntoPlace(temporary, target.path, () => writeFile(temporary, data, { flag: 'wx' }));
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

/**
 * Opens a FIFO, device or socket for writing. A FIFO's open waits for its reader, as a shell's `>` does. Never
 * creates, truncates or follows a link; if a regular file or folder has taken the path since it was looked at,
 * it is closed untouched.
 */
async function openDirect(target: Extract<OutputTarget, { kind: 'direct' }>): Promise<GuardedStream> {
  if (target.type === 'socket') {
    const socket = createConnection({ path: target.path });
    await once(socket, 'connect');
    // A socket closes only when its peer ends too, which may never come: its 'finish' is enough.
    return guardStream(socket, false);
  }
  const handle = await open(target.path, constants.O_WRONLY | constants.O_NOCTTY | constants.O_NOFOLLOW);
  try {
    const info = await handle.stat();
    if (info.isFile() || info.isDirectory())
      throw new OutputError(
        'target-changed',
        `was a ${target.type.replace('-', ' ')} and is now a ${info.isFile() ? 'file' : 'folder'}; not written`,
      );
  } catch (error) {
    await handle.close();
    throw error;
  }
  return guardStream(handle.createWriteStream(), true);
}

type GuardedStream = ReturnType<typeof guardStream>;

/** A writable whose first error is kept and reported by the next call, instead of being an unhandled 'error' event. */
function guardStream(stream: Writable, waitForClose: boolean) {
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  return {
    async write(text: string): Promise<void> {
      if (failure) throw failure;
      // `once` rejects if the stream fails while we wait.
      if (!stream.write(text)) await once(stream, 'drain');
    },
    /** Flushes and ends; with `waitForClose`, resolves once the descriptor is closed (a FIFO's reader has seen the end). */
    end(): Promise<void> {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        stream.end(() => {
          if (failure) return reject(failure);
          if (!waitForClose || stream.closed) return resolve();
          stream.once('close', () => (failure ? reject(failure) : resolve()));
        });
      });
    },
    destroy(): void {
      stream.destroy();
    },
  };
}

export interface AtomicStream {
  /** Writes and waits when the stream is full. */
  write(text: string): Promise<void>;
  /** Flushes and renames into place (a FIFO, device or socket: flushes and closes). */
  commit(): Promise<void>;
  /** Drops the temporary file (a FIFO, device or socket: closes it; what was written there stays written). */
  abort(): Promise<void>;
}

/**
 * A streamed file that appears at `path` only on `commit()` (for outputs too large to hold, like a dump's NDJSON).
 * Resolves once the temporary file is open, so an unwritable place fails before any work is done. A FIFO, device
 * or socket at `path` is streamed into directly, as standard output would be (opening a FIFO waits for a reader).
 * @example const out = await openAtomicStream('conflicts.ndjson'); await out.write(line); await out.commit();
 */
export async function openAtomicStream(path: string): Promise<AtomicStream> {
  const target = await resolveOutputTarget(path);
  if (target.kind === 'direct') {
    const stream = await openDirect(target);
    return {
      write: (text) => stream.write(text),
      async commit() {
        try {
          await stream.end();
        } finally {
          stream.destroy();
        }
      },
      async abort() {
        stream.destroy();
      },
    };
  }
  const temporary = temporaryName(target.path);
  inFlight.add(temporary);
  const file = createWriteStream(temporary, { flags: 'wx' });
  const stream = guardStream(file, true);
  try {
    await once(file, 'open');
  } catch (error) {
    inFlight.delete(temporary);
    throw error;
  }
  return {
    write: (text) => stream.write(text),
    async commit() {
      await moveIntoPlace(temporary, target.path, () => stream.end());
    },
    async abort() {
      await stream.end().catch(() => undefined);
      await rm(temporary, { force: true });
      inFlight.delete(temporary);
    },
  };
}
