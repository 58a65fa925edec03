// CLI support: read all of standard input as UTF-8 text.
import type { CliIo } from './cli-io.js';

/**
 * Reads standard input to the end.
 * @example const text = await readStdin(io);
 */
export async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
