// CLI: pick the command and run it against injected streams, so tests can run the CLI in-process.
import { VERSION } from '../version.js';
import { EXIT, EXIT_CODES_HELP, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { convertCommand } from './convert-command.js';
import { formatFailure } from './describe-failure.js';
import { dumpCommand } from './dump-command.js';
import { fetchCommand } from './fetch-command.js';
import { parseCommand } from './parse-command.js';
import { schemaCommand } from './schema-command.js';

export { EXIT, type CliIo } from './cli-io.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [parseCommand, convertCommand, fetchCommand, dumpCommand, schemaCommand];

const HELP = `wikiconflict ${VERSION} — Wikipedia conflict articles to a typed Conflict model

Usage:
${COMMANDS.map((c) => `  wikiconflict ${c.name.padEnd(8)} ${c.summary}`).join('\n')}
  wikiconflict <command> --help    options of a command
  wikiconflict --help | --version

Every command takes --debug: an unexpected error then prints its stack after its one line.

${EXIT_CODES_HELP}
`;

/** Errors from node:util parseArgs (unknown option, missing value …) are usage errors. */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * One line for a usage error, in our words rather than parseArgs': an unknown option points at the command's
 * help, and a value that looks like an option (`--title -x`) is named with the way to pass it.
 * @example usageLine(parseArgsError, 'parse', ['--bogus']) // 'unknown option \'--bogus\' (try wikiconflict parse --help)'
 */
function usageLine(error: Error, command: string, args: readonly string[]): string {
  const code = (error as { code?: unknown }).code;
  const first = error.message.split('\n', 1)[0]!;
  const quoted = /'[^']*'/.exec(first)?.[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted} (try wikiconflict ${command} --help)`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${quoted} (try wikiconflict ${command} --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && first.endsWith('argument missing'))
    return `option ${quoted.replace(' <value>', '')} needs a value`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && first.endsWith('argument is ambiguous.')) {
    const option = quoted.slice(1, -1);
    const value = args[args.indexOf(option) + 1] ?? '';
    // '--out --strict' forgot the value; '--title -x' may mean it.
    if (value.startsWith('--')) return `option '${option}' needs a value`;
    return `option '${option}' needs a value, and "${value}" looks like an option (write ${option}=${value} if it is the value)`;
  }
  return first;
}

/**
 * Runs the CLI and returns its exit code; never throws.
 * @example await runCli(['parse', 'fixtures/amazragane-skirmish.txt'], io) // 0
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // --debug is everyone's: taken out here so no command has to declare it (`--` ends the options).
  const end = argv.indexOf('--');
  const debug = argv.some((a, i) => a === '--debug' && (end < 0 || i < end));
  const args = argv.filter((a, i) => !(a === '--debug' && (end < 0 || i < end)));
  // Options may come before the command (`wikiconflict --compact parse x`): bring the command to the front.
  const names = new Set(COMMANDS.map((c) => c.name));
  const at = args.findIndex((a) => names.has(a));
  if (at > 0 && args.slice(0, at).every((a) => a.startsWith('-'))) args.unshift(...args.splice(at, 1));
  const [first, ...rest] = args;

  if (first === undefined) {
    io.stderr(HELP);
    return EXIT.usage;
  }
  if (first === '--version' || first === '-v' || rest.includes('--version')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout(topic ? topic.usage : HELP);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(
      first.startsWith('-')
        ? `wikiconflict: unknown option "${first}" (try --help)\n`
        : `wikiconflict: unknown command "${first}" (try --help)\n`,
    );
    return EXIT.usage;
  }
  // Every command's --help is answered here, so commands only parse their own options.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, { ...io, debug });
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`wikiconflict: ${usageLine(error, command.name, rest)}\n`);
      return EXIT.usage;
    }
    io.stderr(formatFailure('', error, debug));
    return EXIT.failed;
  }
}
