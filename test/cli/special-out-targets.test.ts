// Tests that every writer (writeFileAtomic, openAtomicStream, and convert/dump/fetch --out) writes into a FIFO, a device or a socket instead of renaming onto it, and follows a symbolic link only within its folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveOutputTarget } from '../../src/cli/output-target.js';
import { openAtomicStream, writeFileAtomic } from '../../src/cli/write-file-atomic.js';
import { buildDumpXml, DUMP_BZ2 } from '../dump/build-dump.js';
import { startFakeMediaWiki, type FakeMediaWiki } from '../fetch/fake-mediawiki.js';
import { run } from './run-in-process.js';

const root = new URL('../../', import.meta.url).pathname;
const seedPath = join(root, 'fixtures', 'amazragane-skirmish.txt');
const lostwithiel = readFileSync(join(root, 'fixtures', 'battle-of-lostwithiel.wiki'), 'utf8');
// Over the 64 KiB a pipe holds, with multi-byte characters, so the writer must wait for the reader and no byte may be lost.
const DATA = `${'{"title":"Battle of Świecino","n":1234567890}\n'.repeat(3000)}`;

let dir: string;
// Readers still blocked when a test fails (a FIFO replaced by a file is never opened for writing): ended after it.
const readers = new Set<ChildProcess>();
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'wikiconflict-special-')));
});
afterEach(() => {
  for (const reader of readers) if (reader.exitCode === null && reader.signalCode === null) reader.kill();
  readers.clear();
  rmSync(dir, { recursive: true, force: true });
});

function makeFifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** A reader on the other end of a FIFO (a separate `cat`, so no thread of this process blocks on it): all it got. */
function readFifo(path: string): Promise<Buffer> {
  const cat = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
  readers.add(cat);
  const parts: Buffer[] = [];
  cat.stdout.on('data', (d: Buffer) => parts.push(d));
  return new Promise((resolve, reject) => {
    cat.on('error', reject);
    cat.on('close', () => resolve(Buffer.concat(parts)));
  });
}

/** A unix socket server in `path` that keeps every byte each connection sends; `received` resolves after the first one ends. */
async function listenOnSocket(path: string) {
  const server = createServer();
  const received = new Promise<Buffer>((resolve) => {
    server.once('connection', (socket) => {
      const parts: Buffer[] = [];
      socket.on('data', (d: Buffer) => parts.push(d));
      socket.on('end', () => resolve(Buffer.concat(parts)));
    });
  });
  server.listen(path);
  await new Promise((resolve) => server.once('listening', resolve));
  return { received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const WRITERS = [
  ['writeFileAtomic', (path: string, data: string) => writeFileAtomic(path, data)],
  [
    'openAtomicStream',
    async (path: string, data: string) => {
      const out = await openAtomicStream(path);
      // In pieces, as the dump command writes line by line.
      for (let i = 0; i < data.length; i += 10_000) await out.write(data.slice(i, i + 10_000));
      await out.commit();
    },
  ],
] as const;

describe.each(WRITERS)('%s', (_name, write) => {
  it('a FIFO: its reader gets the exact bytes, and it is still a FIFO with nothing beside it', async () => {
    const fifo = makeFifo(join(dir, 'out.ndjson'));
    const reader = readFifo(fifo);
    await write(fifo, DATA);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
    expect((await reader).toString('utf8')).toBe(DATA);
  });

  it('a symbolic link to a FIFO in the same folder: written through, both kept', async () => {
    const fifo = makeFifo(join(dir, 'pipe'));
    symlinkSync('pipe', join(dir, 'out.ndjson'));
    const reader = readFifo(fifo);
    await write(join(dir, 'out.ndjson'), DATA);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(join(dir, 'out.ndjson')).isSymbolicLink()).toBe(true);
    expect((await reader).toString('utf8')).toBe(DATA);
  });

  it('a socket: the server gets the exact bytes, and it is still a socket', async () => {
    const socketPath = join(dir, 'out.sock');
    const server = await listenOnSocket(socketPath);
    try {
      await write(socketPath, DATA);
      expect((await server.received).toString('utf8')).toBe(DATA);
      expect(lstatSync(socketPath).isSocket()).toBe(true);
    } finally {
      await server.close();
    }
  });

  // /dev/null only after the resolver has said it is written into: a rename onto it (as root) would replace it.
  it('/dev/null: written into, still the same character device, no temporary file beside it', async () => {
    expect(await resolveOutputTarget('/dev/null')).toEqual({
      kind: 'direct',
      path: '/dev/null',
      type: 'character-device',
    });
    const before = lstatSync('/dev/null');
    await write('/dev/null', DATA);
    const after = lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.rdev, after.ino]).toEqual([before.rdev, before.ino]);
    expect(readdirSync('/dev').filter((f) => f.startsWith('.null.'))).toEqual([]);
  });

  it('a symbolic link to a file in a subfolder: the file is replaced, the link stays a link', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'real.ndjson'), 'old\n');
    symlinkSync('sub/real.ndjson', join(dir, 'out.ndjson'));
    await write(join(dir, 'out.ndjson'), DATA);
    expect(lstatSync(join(dir, 'out.ndjson')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'sub', 'real.ndjson'), 'utf8')).toBe(DATA);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['real.ndjson']);
  });

  it('a symbolic link out of its folder: refused with symlink-outside-folder, the link and the file it names untouched', async () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'precious.txt'), 'keep me\n');
    symlinkSync('../precious.txt', join(dir, 'out', 'x.ndjson'));
    await expect(write(join(dir, 'out', 'x.ndjson'), DATA)).rejects.toMatchObject({
      name: 'OutputError',
      code: 'symlink-outside-folder',
    });
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(dir, 'out', 'x.ndjson')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['x.ndjson']);
  });
});

describe('writeFileAtomic: a FIFO whose reader goes away', () => {
  it('fails with EPIPE, leaves the FIFO a FIFO', async () => {
    const fifo = makeFifo(join(dir, 'out.ndjson'));
    // `head -c 10` reads ten bytes and exits: the rest of the write meets a pipe with no reader.
    const head = spawn('head', ['-c', '10', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    readers.add(head);
    let got = '';
    head.stdout.on('data', (d: Buffer) => void (got += d.toString()));
    const closed = new Promise((resolve) => head.on('close', resolve));
    await expect(writeFileAtomic(fifo, DATA.repeat(4))).rejects.toMatchObject({ code: 'EPIPE' });
    await closed;
    expect(got).toBe(DATA.slice(0, 10));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

// Each command with --out on a FIFO gives the reader exactly what the same command prints without --out.
describe('--out on a FIFO, per command', () => {
  let api: FakeMediaWiki;
  beforeAll(async () => {
    api = await startFakeMediaWiki({
      'Battle of Lostwithiel': { pageid: 4160, revid: 804638880, content: lostwithiel },
    });
  });
  afterAll(() => api.close());

  const COMMANDS: [string, () => string[], string | null][] = [
    ['convert --out DIR', () => ['convert', seedPath], 'amazragane-skirmish.json'],
    ['convert --to markdown --out DIR', () => ['convert', seedPath, '--to', 'markdown'], 'amazragane-skirmish.md'],
    ['dump --out FILE', () => ['dump', DUMP_BZ2.pathname, '--workers', '0'], null],
    ['fetch --out DIR', () => ['fetch', 'Battle of Lostwithiel', '--api', api.url], 'Battle_of_Lostwithiel.json'],
    [
      'fetch --to wikitext --out DIR',
      () => ['fetch', 'Battle of Lostwithiel', '--api', api.url, '--to', 'wikitext'],
      'Battle_of_Lostwithiel.wiki',
    ],
  ];

  it.each(COMMANDS)('%s', async (_name, argv, fileInDir) => {
    const printed = await run(argv());
    expect(printed.code).toBe(0);
    // A folder command writes DIR/<name>; dump writes FILE itself.
    const fifo = makeFifo(join(dir, fileInDir ?? 'conflicts.ndjson'));
    const reader = readFifo(fifo);
    const written = await run([...argv(), '--out', fileInDir ? dir : fifo]);
    expect(written.code).toBe(0);
    expect(written.out).toBe('');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual([fileInDir ?? 'conflicts.ndjson']);
    // A .json file holds the one Conflict that stdout gives as a one-element array.
    const expected = fileInDir?.endsWith('.json')
      ? `${JSON.stringify(JSON.parse(printed.out)[0], null, 2)}\n`
      : printed.out;
    expect((await reader).toString('utf8')).toBe(expected);
  });

  it('dump --out /dev/null: exit 0, /dev/null still the same character device', async () => {
    expect(await resolveOutputTarget('/dev/null')).toMatchObject({ kind: 'direct', type: 'character-device' });
    const before = lstatSync('/dev/null');
    const { code, out } = await run(['dump', DUMP_BZ2.pathname, '--workers', '0', '--out', '/dev/null']);
    expect([code, out]).toEqual([0, '']);
    const after = lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.rdev, after.ino]).toEqual([before.rdev, before.ino]);
  });
});

describe('--out through a symbolic link out of its folder', () => {
  it.each([
    [
      'dump',
      (out: string) => ['dump', DUMP_BZ2.pathname, '--workers', '0', '--out', join(out, 'x.ndjson')],
      'x.ndjson',
      (out: string, target: string) =>
        `wikiconflict: --out ${join(out, 'x.ndjson')}: is a symbolic link to ${target}, outside its folder ${out}; not followed (give that path itself to write there)\n`,
    ],
    [
      'convert',
      (out: string) => ['convert', seedPath, '--out', out],
      'amazragane-skirmish.json',
      (out: string, target: string) =>
        `wikiconflict: ${seedPath}: cannot write ${join(out, 'amazragane-skirmish.json')}: is a symbolic link to ${target}, outside its folder ${out}; not followed (give that path itself to write there)\n`,
    ],
  ] as const)('%s: exit 1, one line, the file it names untouched', async (_name, argv, linkName, line) => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'keep me\n');
    symlinkSync(precious, join(out, linkName));
    const { code, err } = await run(argv(out));
    expect(code).toBe(1);
    expect(err.split(/(?<=\n)/)[0]).toBe(line(out, precious));
    expect(readFileSync(precious, 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(out, linkName)).isSymbolicLink()).toBe(true);
    expect(readdirSync(out)).toEqual([linkName]);
  });
});

// The real bin under tsx: Ctrl-C while a dump streams into a FIFO leaves the FIFO a FIFO and no file beside it.
describe('interrupting dump --out FIFO', () => {
  it('SIGINT: exit 130, the reader got whole lines, the FIFO is still a FIFO, nothing else in its folder', async () => {
    const xml = buildDumpXml();
    const cut = xml.indexOf('<title>Battle of Świecino</title>') + 10;
    const fifo = makeFifo(join(dir, 'conflicts.ndjson'));
    const cat = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    readers.add(cat);
    let got = '';
    cat.stdout.on('data', (d: Buffer) => void (got += d.toString()));
    const catClosed = new Promise((resolve) => cat.on('close', resolve));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'dump', '-', '--workers', '0', '--out', fifo],
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
    while (!got.endsWith('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await catClosed;
    expect(err).toContain('wikiconflict: interrupted\n');
    expect(
      got
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).title),
    ).toEqual(['Battle of Lostwithiel']);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['conflicts.ndjson']);
  }, 30_000);
});
