// CLI command `parse <file|->`: one article to the Conflict as JSON on stdout.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { WikiconflictError } from '../_lib/errors.js';
import { parseConflict } from '../parse-conflict.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { readStdin } from './read-stdin.js';

const USAGE = `Usage: wikiconflict parse <file|-> [--format plain|wikitext] [--title T] [--compact]

Parse one article (wikitext or the plain format) and print the Conflict as JSON. "-" reads standard input.

Options:
  --format plain|wikitext  force the reader instead of detecting the format
  --title T                title for wikitext, which carries none
  --compact                one line of JSON instead of pretty-printed
  --debug                  print the stack of an unexpected error
  -h, --help               this help

Exit codes: 0 ok, 1 the input could not be read or parsed, 2 bad usage.
`;

export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse one article and print the Conflict as JSON',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        title: { type: 'string' },
        compact: { type: 'boolean' },
        debug: { type: 'boolean' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('parse takes exactly one file, or - for standard input');
    const format = values.format;
    if (format !== undefined && format !== 'plain' && format !== 'wikitext') throw new UsageError(`--format must be plain or wikitext, not "${format}"`);
    const path = positionals[0]!;
    try {
      const text = path === '-' ? await readStdin(io) : await readFile(path, 'utf8');
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
  },
};
