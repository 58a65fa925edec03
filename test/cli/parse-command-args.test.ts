// CLI support: a negative number after an option that takes a value is that option's value; nothing else changes.
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/parse-command-args.js';

const OPTIONS = { workers: { type: 'string' }, strict: { type: 'boolean' }, title: { type: 'string' } } as const;

describe('parseCommandArgs', () => {
  it.each([
    // [argv, values, positionals]
    [['--workers', '-1', 'a.wiki'], { workers: '-1' }, ['a.wiki']],
    [['--workers=-1'], { workers: '-1' }, []],
    [['--title', '-5 BC', 'a.wiki'], { title: '-5 BC' }, ['a.wiki']],
    [['--workers', '2', '-'], { workers: '2' }, ['-']],
    [['--strict', 'a.wiki'], { strict: true }, ['a.wiki']],
    [['--', '--workers', '-1'], {}, ['--workers', '-1']],
  ])('%j', (argv, values, positionals) => {
    const parsed = parseCommandArgs(argv, OPTIONS);
    expect({ ...parsed.values }).toEqual(values);
    expect(parsed.positionals).toEqual(positionals);
  });

  it.each([
    // a dash that is not a number stays an option, so a forgotten value is still caught
    [['--title', '-x'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'],
    [['--strict', '-1'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION'],
  ])('%j is refused by parseArgs (%s)', (argv, code) => {
    expect(() => parseCommandArgs(argv, OPTIONS)).toThrow(expect.objectContaining({ code }));
  });
});
