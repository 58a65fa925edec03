// CLI support: --workers accepts a whole number from 0 to 256 and nothing else.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-io.js';
import { parseWorkers } from '../../src/cli/workers-option.js';

describe('parseWorkers', () => {
  it.each([
    ['0', 0],
    ['2', 2],
    ['256', 256],
    [undefined, undefined],
  ])('reads %s as %s', (value, workers) => {
    expect(parseWorkers(value)).toBe(workers);
  });

  it.each(['', ' 2', '-1', '1.5', '2e1', 'two', '257', '0x2', '1000'])('refuses "%s" with a usage error', (value) => {
    expect(() => parseWorkers(value)).toThrow(UsageError);
    expect(() => parseWorkers(value)).toThrow(`--workers must be a whole number from 0 to 256, not "${value}"`);
  });
});
