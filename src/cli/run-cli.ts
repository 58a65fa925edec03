// CLI: pick the command and run it against injected streams, so tests can run the CLI in-process.
import { VERSION } from '../version.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { convertCommand } from './convert-command.js';
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

Exit codes: 0 ok, 1 some input failed (or had warnings, with --strict), 2 bad usage.
`;

/** Errors from node:util parseArgs (unknown option, missing value …) are usage errors. */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Runs the CLI and returns its exit code; never throws.
 * @example await runCli(['parse', 'fixtures/amazragane-skirmish.txt'], io) // 0
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = [...argv];
  // Options may come before the command (`wikiconflict --compact parse x`): bring the command to the front.
  const at = args.findIndex((a) => COMMANDS.some((c) => c.name === a));
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
    io.stderr(first.startsWith('-') ? `wikiconflict: unknown option "${first}" (try --help)\n` : `wikiconflict: unknown command "${first}" (try --help)\n`);
    return EXIT.usage;
  }
  // Every command's --help is answered here, so commands only parse their own options.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`wikiconflict: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`wikiconflict: ${command.name}: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}
