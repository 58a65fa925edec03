// Tests for --debug: an unexpected error (a bug) is one "internal error" line, and its stack only with --debug.
import { describe, expect, it, vi } from 'vitest';
import { run } from './run-in-process.js';

// A bug injected into the library: any article holding "BOOM" makes parseConflict throw a TypeError.
vi.mock('../../src/parse-conflict.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/parse-conflict.js')>();
  return {
    parseConflict: (text: string, options?: object) => {
      if (text.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'sides')");
      return actual.parseConflict(text, options);
    },
  };
});

const seedPath = new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url).pathname;
const LINE =
  "wikiconflict: -: internal error: Cannot read properties of undefined (reading 'sides') (please report; --debug prints the stack)";

describe('an unexpected error', () => {
  it.each(['parse', 'convert'])('%s without --debug: one line, no stack, exit 1', async (command) => {
    const { code, err } = await run([command, '-'], { stdin: 'BOOM' });
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe(LINE);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each(['parse', 'convert'])('%s --debug: the line, then the stack', async (command) => {
    const { code, err } = await run(['--debug', command, '-'], { stdin: 'BOOM' });
    expect(code).toBe(1);
    const lines = err.split('\n');
    expect(lines[0]).toBe(LINE);
    expect(lines[1]).toBe("TypeError: Cannot read properties of undefined (reading 'sides')");
    expect(lines[2]).toMatch(/^\s+at /);
  });

  it('convert --debug: the batch still goes on after the stack', async () => {
    const { code, out, err } = await run(['convert', '-', seedPath, '--to', 'ndjson', '--debug'], { stdin: 'BOOM' });
    expect(code).toBe(1);
    expect(JSON.parse(out).title).toBe('Amazragane skirmish');
    expect(err).toMatch(/^convert: 1 article, 0 warnings, 0 notes, 1 failed in/m);
  });

  it('--debug after -- is a file name, not the option', async () => {
    const { code, err } = await run(['parse', '--', '--debug']);
    expect(code).toBe(1);
    expect(err).toBe('wikiconflict: --debug: no such file or folder\n');
  });
});
