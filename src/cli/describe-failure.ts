// CLI support: turn any error into the one line printed on stderr (plus the stack with --debug, when unexpected).
import { WikiconflictError } from '../_lib/errors.js';
import { CliFailure, UsageError } from './cli-io.js';

/** File system error codes a user can act on, in words (Node's own messages name syscalls). */
export const FS_ERRORS: readonly { id: string; message: string; examples: readonly string[] }[] = [
  { id: 'ENOENT', message: 'no such file or folder', examples: ['missing.wiki', '--out under a missing drive'] },
  { id: 'ENOTDIR', message: 'a part of the path is a file, not a folder', examples: ['--out notes.txt/out'] },
  {
    id: 'EISDIR',
    message: 'is a folder, not a file',
    examples: ['dump articles/', '--out an existing folder for dump'],
  },
  { id: 'EEXIST', message: 'already exists and is not a folder', examples: ['--out notes.txt for convert'] },
  { id: 'EACCES', message: 'permission denied', examples: ['--out /root/out as another user'] },
  { id: 'EPERM', message: 'operation not permitted', examples: ['--out on a locked file'] },
  { id: 'EROFS', message: 'read-only file system', examples: ['--out /proc/x'] },
  { id: 'ENOSPC', message: 'no space left on the device', examples: ['--out on a full disk'] },
  { id: 'EIO', message: 'input/output error', examples: ['a read error on a pipe or a failing disk'] },
  { id: 'EMFILE', message: 'too many open files', examples: ['a huge batch with a low ulimit'] },
  { id: 'ENAMETOOLONG', message: 'the file name is too long', examples: ['a 300-character --out'] },
  { id: 'ELOOP', message: 'too many symbolic links (a loop?)', examples: ['--out a link that points at itself'] },
  {
    id: 'EPIPE',
    message: 'the reader at the other end has gone',
    examples: ['--out a FIFO whose reader stopped early'],
  },
  {
    id: 'ECONNREFUSED',
    message: 'nothing is listening on this socket',
    examples: ['--out a socket left by a stopped server'],
  },
  { id: 'ENXIO', message: 'no such device or address', examples: ['--out a device file with no device behind it'] },
];

/** True for an error whose message is meant for the user: no stack is useful even with --debug. */
export function isExpected(error: unknown): boolean {
  if (error instanceof CliFailure || error instanceof UsageError) return true;
  if (error instanceof WikiconflictError) return error.code !== 'internal-error';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && FS_ERRORS.some((e) => e.id === code);
}

/**
 * The reason part of an error line: a library or CLI error's message, a file system error in words, or for anything
 * else (a bug) "internal error: …" with a hint to use --debug.
 * @example describeFailure(Object.assign(new Error('ENOENT: open'), { code: 'ENOENT' })) // 'no such file or folder'
 */
export function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? FS_ERRORS.find((e) => e.id === code) : undefined;
  if (known && !(error instanceof WikiconflictError)) return known.message;
  const message = firstLine(error instanceof Error ? error.message : safeString(error));
  return isExpected(error) ? message : `internal error: ${message} (please report; --debug prints the stack)`;
}

/**
 * The text to print for a failure: `wikiconflict: <label>: <reason>` (label left out when empty), and with `debug`
 * the stack of an unexpected error on the following lines.
 * @example formatFailure('x.wiki', new CliFailure('not a text file'), false) // 'wikiconflict: x.wiki: not a text file\n'
 */
export function formatFailure(label: string, error: unknown, debug: boolean): string {
  const line = `wikiconflict: ${label ? `${label}: ` : ''}${describeFailure(error)}\n`;
  const stack = debug && !isExpected(error) && error instanceof Error ? error.stack : undefined;
  return stack ? `${line}${stack}\n` : line;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.slice(0, 500);
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'an unprintable value was thrown';
  }
}
