// CLI support: what an output path names — a file to replace by renaming, or a pipe, device or socket to write into — with symbolic links followed only within the path's own folder.
import type { Stats } from 'node:fs';
import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { WikiconflictError } from '../_lib/errors.js';

/** Every code an OutputError can carry. */
export const OUTPUT_ERROR_CODES = [
  /** The output path is a symbolic link whose target lies outside the link's folder. */
  'symlink-outside-folder',
  /** A pipe, device or socket was replaced by a regular file or a folder while it was being opened. */
  'target-changed',
] as const;
export type OutputErrorCode = (typeof OUTPUT_ERROR_CODES)[number];

/** An output path the CLI will not write to, so as not to touch what is not its own. */
export class OutputError extends WikiconflictError {
  declare readonly code: OutputErrorCode;
  constructor(code: OutputErrorCode, message: string) {
    super(code, message);
  }
}

/** Kinds of file that are written into as they are: renaming a file onto them would destroy them. */
export type DirectKind = 'fifo' | 'character-device' | 'block-device' | 'socket';

export type OutputTarget =
  /** Missing, a regular file (or a folder, which the rename then refuses): written under a temporary name and renamed onto `path`. */
  | { kind: 'replace'; path: string }
  /** Written into directly: opened for writing (a socket: connected to), never renamed onto. */
  | { kind: 'direct'; path: string; type: DirectKind };

// Linux's own limit on symbolic links followed in one lookup (MAXSYMLINKS).
const MAX_LINKS = 40;

function directKind(info: Stats): DirectKind | null {
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isBlockDevice()) return 'block-device';
  if (info.isSocket()) return 'socket';
  return null;
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/** The path a symbolic link at `link` names, its folder resolved by the kernel's rules ('..' after a linked folder). */
async function followLink(link: string): Promise<string> {
  const text = await readlink(link);
  // Not path.resolve: it would cancel 'sub/..' by text, where the kernel goes up from wherever `sub` leads.
  const named = isAbsolute(text) ? text : `${dirname(link)}/${text}`;
  return join(await realpath(dirname(named)), basename(named));
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
}

/**
 * What writing to `path` means. A symbolic link is followed (all the way, with its folders resolved) when it ends
 * inside the link's own folder or below it, so that file is written and the link stays; one that ends anywhere
 * else is refused with OutputError `symlink-outside-folder`, since replacing a file elsewhere is not what
 * `--out` in this folder asked for.
 * @example await resolveOutputTarget('/dev/null') // { kind: 'direct', path: '/dev/null', type: 'character-device' }
 */
export async function resolveOutputTarget(path: string): Promise<OutputTarget> {
  const folder = await realpath(dirname(resolve(path)));
  let current = join(folder, basename(path));
  let info = await lstatOrNull(current);
  for (let links = 0; info?.isSymbolicLink(); links++) {
    if (links === MAX_LINKS)
      throw Object.assign(new Error(`ELOOP: too many symbolic links, '${path}'`), { code: 'ELOOP' });
    current = await followLink(current);
    info = await lstatOrNull(current);
  }
  if (!isWithin(folder, current)) {
    throw new OutputError(
      'symlink-outside-folder',
      `is a symbolic link to ${current}, outside its folder ${folder}; not followed (give that path itself to write there)`,
    );
  }
  const type = info ? directKind(info) : null;
  return type ? { kind: 'direct', path: current, type } : { kind: 'replace', path: current };
}
