import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/run-cli.js';
import { buildJsonSchema } from '../../src/render/json-schema.js';
import { VERSION } from '../../src/version.js';
import { run } from './run-in-process.js';

describe('help, version, schema', () => {
  it.each(COMMANDS.map((c) => [c.name]))('%s --help prints its usage and exits 0', async (name) => {
    const { code, out } = await run([name, '--help']);
    expect(code).toBe(0);
    expect(out.startsWith(`Usage: wikiconflict ${name}`)).toBe(true);
    expect(out).toMatch(/Exit codes: 0 ok/);
    expect((await run(['help', name])).out).toBe(out);
  });

  it('--help lists every command; no arguments is a usage error', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.out).toContain(`wikiconflict ${c.name}`);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toBe(help.out);
  });

  it('--version prints the version, also after a command', async () => {
    expect((await run(['--version'])).out).toBe(`${VERSION}\n`);
    expect((await run(['convert', '--version'])).out).toBe(`${VERSION}\n`);
  });

  it('schema prints the JSON Schema', async () => {
    const { code, out } = await run(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(buildJsonSchema());
    expect((await run(['schema', 'extra'])).code).toBe(2);
  });
});

// The built package, when `npm run build` has run (CI builds before testing): the bin and its worker threads.
const bin = new URL('../../dist/cli.js', import.meta.url).pathname;
describe.skipIf(!existsSync(bin))('the built bin', () => {
  it('runs dump on worker threads from dist', () => {
    const dump = new URL('../../fixtures/sample-pages-articles.xml.bz2', import.meta.url).pathname;
    const out = execFileSync(process.execPath, [bin, 'dump', dump, '--workers', '2'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).pageId),
    ).toEqual([4160, 4928]);
  });

  it.each([
    ['convert', ['convert', new URL('../../fixtures/corpus', import.meta.url).pathname, '--to', 'ndjson']],
    [
      "parse (160 KB of JSON, over a pipe's buffer)",
      ['parse', new URL('../../fixtures/battle-of-waterloo.wiki', import.meta.url).pathname],
    ],
  ])('%s stops quietly, exit 0, when the reader of its output goes (| head)', (_name, args) => {
    // a shell pipeline: head keeps the first line and closes the pipe; PIPESTATUS holds the CLI's exit code
    const script = `"${process.execPath}" "${bin}" ${args.map((a) => `"${a}"`).join(' ')} 2>"$ERR" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "$ERR"`;
    const err = join(tmpdir(), `wikiconflict-epipe-${process.pid}.txt`);
    const out = execFileSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, ERR: err } });
    rmSync(err, { force: true });
    expect(out.split('\n')[0]).toBe('0');
    expect(out).not.toMatch(/has gone|failed/);
  });

  it('ships the schema beside it', () => {
    const schema = new URL('../../dist/schema.json', import.meta.url);
    expect(existsSync(schema)).toBe(true);
  });
});
