import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

const seedPath = new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url).pathname;

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdin: Readable.from([stdin]),
  });
  return { code, out, err };
}

describe('wikiconflict parse', () => {
  it('prints the seed as JSON', async () => {
    const { code, out, err } = await run(['parse', seedPath]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const conflict = JSON.parse(out);
    expect(conflict.title).toBe('Amazragane skirmish');
    expect(conflict.format).toBe('plain');
  });

  it('reads standard input with -', async () => {
    const { code, out } = await run(['parse', '-'], readFileSync(seedPath, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(out).partOf).toBe('Mali War');
  });

  it('--compact prints one line', async () => {
    const { out } = await run(['parse', '--compact', seedPath]);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a missing file is one clear line on stderr and exit 1', async () => {
    const { code, out, err } = await run(['parse', '/nonexistent/file.wiki']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('wikiconflict: /nonexistent/file.wiki: no such file or folder\n');
  });

  it.each([
    [['parse'], /exactly one file/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['parse', '--format', 'html', seedPath], /--format must be plain or wikitext/],
    [['parse', '--bogus', seedPath], /^wikiconflict: unknown option '--bogus' \(try wikiconflict parse --help\)\n$/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('--version prints the version', async () => {
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
