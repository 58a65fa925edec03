// Tests that an interrupted or failing batch leaves no half-written output and no temporary file behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicStream, removeTemporaryFiles, writeFileAtomic } from '../../src/cli/write-file-atomic.js';
import { buildDumpXml } from '../dump/build-dump.js';
import { run } from './run-in-process.js';

const root = new URL('../../', import.meta.url).pathname;
const seedPath = join(root, 'fixtures', 'amazragane-skirmish.txt');
const xml = buildDumpXml();
// Cut inside the second conflict page: the first conflict has been parsed (and written) by then.
const cut = xml.indexOf('<title>Battle of Świecino</title>') + 10;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikiconflict-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic and openAtomicStream', () => {
  it('a rename that fails leaves the target as it was and no temporary file', async () => {
    mkdirSync(join(dir, 'taken.json'));
    await expect(writeFileAtomic(join(dir, 'taken.json'), '{"half":')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(dir)).toEqual(['taken.json']);
    expect(readdirSync(join(dir, 'taken.json'))).toEqual([]);
  });

  it('an aborted stream leaves nothing, a committed one only the file', async () => {
    const aborted = await openAtomicStream(join(dir, 'a.ndjson'));
    await aborted.write('{"n":1}\n');
    expect(readdirSync(dir)).toHaveLength(1); // the temporary file, while it is written
    await aborted.abort();
    expect(readdirSync(dir)).toEqual([]);
    const committed = await openAtomicStream(join(dir, 'b.ndjson'));
    await committed.write('{"n":2}\n');
    await committed.commit();
    expect(readdirSync(dir)).toEqual(['b.ndjson']);
    expect(readFileSync(join(dir, 'b.ndjson'), 'utf8')).toBe('{"n":2}\n');
  });

  it('an unwritable place fails when the stream is opened, before any work', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    await expect(openAtomicStream(join(dir, 'file', 'out.ndjson'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(removeTemporaryFiles()).toEqual([]);
  });

  it('removeTemporaryFiles (the interrupt handler) removes the files in flight and only those', async () => {
    writeFileSync(join(dir, 'done.ndjson'), 'kept\n');
    const open = await openAtomicStream(join(dir, 'out.ndjson'));
    await open.write('{"n":1}\n');
    const removed = removeTemporaryFiles();
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/\/\.out\.ndjson\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(readdirSync(dir)).toEqual(['done.ndjson']);
    expect(removeTemporaryFiles()).toEqual([]);
    await open.abort();
  });
});

describe('a batch that fails in the middle', () => {
  it('dump: input that breaks off mid-page → exit 1, no --out file, no temporary file', async () => {
    const target = join(dir, 'conflicts.ndjson');
    const stdin = Readable.from(
      (async function* () {
        yield xml.slice(0, cut);
        throw Object.assign(new Error('read error on the pipe'), { code: 'EIO' });
      })(),
    );
    let err = '';
    const { runCli } = await import('../../src/cli/run-cli.js');
    const code = await runCli(['dump', '-', '--workers', '0', '--out', target], {
      stdout: () => undefined,
      stderr: (s) => void (err += s),
      stdin,
    });
    expect(code).toBe(1);
    expect(err).toBe('wikiconflict: -: input/output error\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('dump: XML that ends mid-page → exit 1, one line, no --out file', async () => {
    const target = join(dir, 'conflicts.ndjson');
    const { code, err } = await run(['dump', '-', '--workers', '0', '--out', target], { stdin: xml.slice(0, cut) });
    expect(code).toBe(1);
    expect(err).toMatch(/^wikiconflict: -: not a valid XML dump: \d+:\d+: unclosed tag: \w+\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('convert: a write that fails (its name is taken by a folder) fails that article only; nothing half-written', async () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'amazragane-skirmish.json'), { recursive: true });
    const lostwithiel = join(root, 'fixtures', 'battle-of-lostwithiel.wiki');
    const { code, err } = await run(['convert', seedPath, lostwithiel, '--out', out]);
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe(
      `wikiconflict: ${seedPath}: cannot write ${join(out, 'amazragane-skirmish.json')}: is a folder, not a file`,
    );
    expect(readdirSync(out).sort()).toEqual(['amazragane-skirmish.json', 'battle-of-lostwithiel.json']);
    expect(readdirSync(join(out, 'amazragane-skirmish.json'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'battle-of-lostwithiel.json'), 'utf8')).name).toBe(
      'Battle of Lostwithiel',
    );
  });
});

// The real bin under tsx: Ctrl-C while a dump is being written removes the temporary file and exits 130.
describe('interrupting the CLI process', () => {
  it('SIGINT during dump --out: exit 130, no output file, no temporary file', async () => {
    const target = join(dir, 'conflicts.ndjson');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'dump', '-', '--workers', '0', '--out', target],
      {
        cwd: root,
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write(xml.slice(0, cut)); // stdin stays open: the dump is "still running"
    const deadline = Date.now() + 15_000;
    while (readdirSync(dir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)[0]).toMatch(/^\.conflicts\.ndjson\.\d+\.[0-9a-f]{8}\.tmp$/);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(err).toContain('wikiconflict: interrupted\n');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});
