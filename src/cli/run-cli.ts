// CLI: argument parsing and commands, written against injected streams so tests can run it in-process.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { WikiconflictError } from '../_lib/errors.js';
import { parseConflict } from '../parse-conflict.js';
import { VERSION } from '../version.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: AsyncIterable<string | Uint8Array>;
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const HELP = `wikiconflict ${VERSION} — Wikipedia conflict articles to a typed Conflict model

Usage:
  wikiconflict parse <file|-> [--format plain|wikitext] [--title T] [--compact]
      Parse one article (wikitext or the plain format) and print the Conflict as JSON.
      "-" reads standard input.
  wikiconflict --help | --version

Exit codes: 0 ok, 1 the input could not be read or parsed, 2 bad usage.
`;

async function readInput(path: string, io: CliIo): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs the CLI and returns its exit code; never throws.
 * @example await runCli(['parse', 'fixtures/amazragane-skirmish.txt'], io) // 0
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string' },
        title: { type: 'string' },
        compact: { type: 'boolean' },
        debug: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`wikiconflict: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, ...inputs] = positionals;
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? io.stderr : io.stdout)(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  if (command !== 'parse') {
    io.stderr(`wikiconflict: unknown command "${command}" (try --help)\n`);
    return EXIT.usage;
  }
  if (inputs.length !== 1) {
    io.stderr('wikiconflict: parse takes exactly one file, or - for standard input\n');
    return EXIT.usage;
  }
  const format = values.format;
  if (format !== undefined && format !== 'plain' && format !== 'wikitext') {
    io.stderr(`wikiconflict: --format must be plain or wikitext, not "${format}"\n`);
    return EXIT.usage;
  }
  const path = inputs[0]!;
  try {
    const text = await readInput(path, io);
    const conflict = parseConflict(text, {
      ...(format ? { format } : {}),
      ...(values.title ? { title: values.title } : {}),
    });
    io.stdout(`${JSON.stringify(conflict, null, values.compact ? undefined : 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const reason = err instanceof WikiconflictError ? err.message : err.code === 'ENOENT' ? `no such file: ${path}` : err.message;
    io.stderr(`wikiconflict: ${reason}\n`);
    if (values.debug && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.failed;
  }
}
