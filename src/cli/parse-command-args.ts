// CLI support: a command's arguments through node:util parseArgs, where `--opt -1` gives the option its value.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

// No option of ours is a digit, so a dash and a digit after an option that takes a value can only be that value.
const NEGATIVE_NUMBER = /^-\d/;

/**
 * Parses `argv` with parseArgs (positionals allowed). parseArgs refuses `--workers -1` as "ambiguous" in words of
 * its own; joined as `--workers=-1` here, the value reaches the option's check, which names what it accepts.
 * @example parseCommandArgs(['--workers', '-1'], { workers: { type: 'string' } }).values.workers // '-1'
 */
export function parseCommandArgs<T extends Options>(argv: readonly string[], options: T) {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (
      arg.startsWith('--') &&
      options[arg.slice(2)]?.type === 'string' &&
      next !== undefined &&
      NEGATIVE_NUMBER.test(next)
    ) {
      args.push(`${arg}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  return parseArgs<{ args: string[]; allowPositionals: true; options: T }>({ args, allowPositionals: true, options });
}
