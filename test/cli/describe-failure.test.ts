// Tests for the error-line vocabulary: file system codes in words, the --max-bytes values.
import { describe, expect, it } from 'vitest';
import { InputError, InternalError } from '../../src/index.js';
import { CliFailure } from '../../src/cli/cli-io.js';
import { describeFailure, formatFailure, FS_ERRORS, isExpected } from '../../src/cli/describe-failure.js';
import { parseMaxBytes } from '../../src/cli/max-bytes-option.js';

describe('FS_ERRORS', () => {
  it.each(FS_ERRORS.map((e) => [e.id, e.message]))('%s → "%s", an expected failure', (id, message) => {
    const error = Object.assign(new Error(`${id}: syscall, '/x'`), { code: id });
    expect(describeFailure(error)).toBe(message);
    expect(isExpected(error)).toBe(true);
  });

  it('ids are unique and every entry has an example', () => {
    expect(new Set(FS_ERRORS.map((e) => e.id)).size).toBe(FS_ERRORS.length);
    for (const e of FS_ERRORS) expect(e.examples.length).toBeGreaterThan(0);
  });
});

describe('formatFailure', () => {
  it.each([
    [
      'a CliFailure',
      new CliFailure('not a text file (not valid UTF-8)'),
      'wikiconflict: x.wiki: not a text file (not valid UTF-8)\n',
    ],
    [
      'an InputError',
      new InputError('too-large', 'The input is 9 bytes; the limit is 8.'),
      'wikiconflict: x.wiki: The input is 9 bytes; the limit is 8.\n',
    ],
    [
      'a RangeError (a bug)',
      new RangeError('Maximum call stack size exceeded'),
      'wikiconflict: x.wiki: internal error: Maximum call stack size exceeded (please report; --debug prints the stack)\n',
    ],
    [
      'an InternalError',
      new InternalError('Internal error in parseCasualties (x).', null),
      'wikiconflict: x.wiki: internal error: Internal error in parseCasualties (x). (please report; --debug prints the stack)\n',
    ],
    [
      'a thrown string',
      'oops',
      'wikiconflict: x.wiki: internal error: oops (please report; --debug prints the stack)\n',
    ],
  ])('%s', (_name, error, text) => {
    expect(formatFailure('x.wiki', error, false)).toBe(text);
  });

  it('with debug, a bug gets its stack and an expected failure does not', () => {
    expect(formatFailure('', new TypeError('x is undefined'), true)).toMatch(
      /^wikiconflict: internal error: x is undefined \(please report; --debug prints the stack\)\nTypeError: x is undefined\n\s+at /,
    );
    expect(formatFailure('', new CliFailure('no articles found'), true)).toBe('wikiconflict: no articles found\n');
  });
});

describe('parseMaxBytes', () => {
  it.each([
    ['100', 100],
    ['1k', 1024],
    ['20M', 20 * 1024 ** 2],
    ['1G', 1024 ** 3],
  ])('%s → %i', (value, bytes) => expect(parseMaxBytes(value)).toBe(bytes));

  it.each(['', '-1', '1.5', '10 M', '1T', 'lots'])('"%s" is a usage error', (value) => {
    expect(() => parseMaxBytes(value)).toThrow(/--max-bytes must be a whole number/);
  });

  it('absent → the library default, 10 MiB', () => expect(parseMaxBytes(undefined)).toBe(10 * 1024 * 1024));
});
