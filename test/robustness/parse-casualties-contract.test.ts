// Tests that parseCasualties throws nothing but a WikiconflictError: an injected bug becomes an InternalError.
import { describe, expect, it, vi } from 'vitest';
import { InputError, InternalError, WikiconflictError } from '../../src/index.js';
import { parseCasualties } from '../../src/parse-casualties.js';
import { thrown } from '../helpers/thrown.js';

// A bug injected into the splitter: a value holding "BOOM" throws a TypeError, as a broken rule would.
vi.mock('../../src/04-figures/split-figures.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/04-figures/split-figures.js')>();
  return {
    ...actual,
    splitFigures: (...args: Parameters<typeof actual.splitFigures>) => {
      if (args[0].text.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'kind')");
      return actual.splitFigures(...args);
    },
  };
});

describe('what parseCasualties throws', () => {
  it('a bug inside → InternalError internal-error, the original error as cause', () => {
    const error = thrown(() => parseCasualties('3 killed BOOM')) as InternalError;
    expect(error).toBeInstanceOf(InternalError);
    expect(error).toBeInstanceOf(WikiconflictError);
    expect(error.code).toBe('internal-error');
    expect(error.name).toBe('InternalError');
    expect(error.message).toBe(
      "Internal error in parseCasualties (TypeError: Cannot read properties of undefined (reading 'kind')). Please report this input.",
    );
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('a non-string is still an InputError, not wrapped', () => {
    const error = thrown(() => parseCasualties(7 as unknown as string)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.code).toBe('not-a-string');
  });

  it('without the bug, figures come back as usual', () => {
    expect(parseCasualties('3 killed').map((f) => [f.kind, f.min, f.max])).toEqual([['killed', 3, 3]]);
  });
});
