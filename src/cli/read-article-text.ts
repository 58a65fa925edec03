// CLI support: read one article (a file or standard input) as UTF-8 text, refusing binary and oversized input.
import { open } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES } from '../_lib/context.js';
import { InputError } from '../_lib/errors.js';
import { CliFailure, type CliIo } from './cli-io.js';

/** How much of the start is searched for a NUL byte: text files have none, most binary formats one early on. */
const SNIFF_BYTES = 8192;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Throws a CliFailure "not a text file" when `bytes` hold a NUL byte in their first 8 KiB or are not valid UTF-8.
 * (The library itself accepts NUL bytes in a string; a file holding them is almost always not an article.)
 * @example decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])) // throws: not a text file (a NUL byte at byte 4)
 */
export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) throw new CliFailure(`not a text file (a NUL byte at byte ${nul})`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliFailure('not a text file (not valid UTF-8)');
  }
}

function tooLarge(bytes: number, maxBytes: number): InputError {
  return new InputError(
    'too-large',
    `The input is ${bytes} bytes; the limit is ${maxBytes} (raise it with --max-bytes).`,
  );
}

/**
 * Reads `path` (or standard input for `-`) as text. A file over `maxBytes` is refused before it is read; standard
 * input stops being buffered as soon as it passes the limit.
 * @example await readArticleText('fixtures/amazragane-skirmish.txt', io) // '{{Infobox …'
 */
export async function readArticleText(path: string, io: CliIo, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  if (path === '-') return decodeText(await readStdinBytes(io, maxBytes));
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new CliFailure('is a folder, not a file');
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    return decodeText(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function readStdinBytes(io: CliIo, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes)
      throw new InputError(
        'too-large',
        `Standard input is over the limit of ${maxBytes} bytes (raise it with --max-bytes).`,
      );
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
