// CLI command `parse <file|->`: one article to the Conflict as JSON on stdout.
import { parseConflict } from '../parse-conflict.js';
import { formatStrictWarning, strictWarnings } from './batch-report.js';
import { EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { formatFailure } from './describe-failure.js';
import { MAX_BYTES_HELP, parseMaxBytes } from './max-bytes-option.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readArticleText } from './read-article-text.js';
import { titleFromFileName } from './title-from-file-name.js';

const USAGE = `Usage: wikiconflict parse <file|-> [--format plain|wikitext] [--title T] [--compact] [--strict]

Parse one article (wikitext or the plain format) and print the Conflict as JSON. "-" reads standard input.
An empty file is an article with the warning empty-input; a binary file (a NUL byte, or not UTF-8) is refused.

Options:
  --format plain|wikitext  force the reader instead of detecting the format
  --title T                the page title (default: the file's name without extension, "_" read as a space;
                           a plain-format "= Title =" line wins)
  --compact                one line of JSON instead of pretty-printed
  --strict                 print the warnings on stderr and exit 1 when there are any (the JSON is still printed)
  ${MAX_BYTES_HELP}
  --debug                  print the stack of an unexpected error
  -h, --help               this help

${EXIT_CODES_HELP}
`;

export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse one article and print the Conflict as JSON',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      title: { type: 'string' },
      compact: { type: 'boolean' },
      strict: { type: 'boolean' },
      'max-bytes': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('parse takes exactly one file, or - for standard input');
    const format = values.format;
    if (format !== undefined && format !== 'plain' && format !== 'wikitext')
      throw new UsageError(`--format must be plain or wikitext, not "${format}"`);
    const maxBytes = parseMaxBytes(values['max-bytes']);
    const path = positionals[0]!;
    try {
      const text = await readArticleText(path, io, maxBytes);
      // --title, else the file's name; a plain-format "= Title =" line wins over both.
      const title = values.title || (path === '-' ? null : titleFromFileName(path));
      const conflict = parseConflict(text, {
        maxBytes,
        ...(format ? { format } : {}),
        ...(title ? { title } : {}),
      });
      io.stdout(`${JSON.stringify(conflict, null, values.compact ? undefined : 2)}\n`);
      const warnings = strictWarnings(conflict);
      if (!values.strict || warnings.length === 0) return EXIT.ok;
      for (const w of warnings) io.stderr(`${formatStrictWarning(path, w)}\n`);
      return EXIT.failed;
    } catch (error) {
      io.stderr(formatFailure(path, error, io.debug === true));
      return EXIT.failed;
    }
  },
};
