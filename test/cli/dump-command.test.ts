import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProgress } from '../../src/cli/dump-command.js';
import { AVAILABLE_DECODERS } from '../helpers/bzip2-decoders.js';
import { buildDumpXml, DUMP_BZ2 } from '../dump/build-dump.js';
import { run } from './run-in-process.js';

const bz2 = DUMP_BZ2.pathname;
const bz2Bytes = readFileSync(bz2);
const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SUMMARY =
  'dump: 5 pages (skipped 1 redirect, 1 in other namespaces, 1 without conflict infobox), 2 conflicts, 0 failed in ';

const ids = (ndjson: string) =>
  ndjson
    .trimEnd()
    .split('\n')
    .map((line) => {
      const c = JSON.parse(line);
      return [c.title, c.pageId, c.revisionId];
    });
const EXPECTED = [
  ['Battle of Lostwithiel', 4160, 804638880],
  ['Battle of Świecino', 4928, 749848327],
];

describe('wikiconflict dump', () => {
  it('streams a .bz2 dump to NDJSON on stdout, skipping redirects, talk pages and pages without infobox', async () => {
    const { code, out, err } = await run(['dump', bz2, '--workers', '0']);
    expect(code).toBe(0);
    expect(ids(out)).toEqual(EXPECTED);
    expect(err.startsWith(SUMMARY)).toBe(true);
  });

  it('--decoder: every decoder on this machine writes the same lines as the default', async () => {
    const { out: expected } = await run(['dump', bz2, '--workers', '0']);
    for (const decoder of AVAILABLE_DECODERS) {
      const { code, out } = await run(['dump', bz2, '--workers', '0', '--decoder', decoder]);
      expect([decoder, code]).toEqual([decoder, 0]);
      expect(out).toBe(expected);
    }
  });

  it('uses worker threads and writes --out only when complete', async () => {
    const target = join(dir, 'conflicts.ndjson');
    const { code, out } = await run(['dump', bz2, '--workers', '2', '--out', target]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(ids(readFileSync(target, 'utf8'))).toEqual(EXPECTED);
    expect(readdirSync(dir)).toEqual(['conflicts.ndjson']);
  });

  it('reads an uncompressed dump from standard input', async () => {
    const { code, out } = await run(['dump', '-', '--workers', '0', '--infobox-only'], { stdin: buildDumpXml() });
    expect(code).toBe(0);
    expect(ids(out)).toEqual(EXPECTED);
    expect(JSON.parse(out.split('\n')[0]!).sections).toEqual([]);
  });

  it('a corrupt dump fails with exit 1 and leaves no partial --out file', async () => {
    const target = join(dir, 'broken.ndjson');
    const corrupt = Buffer.from(readFileSync(bz2));
    corrupt.fill(0x41, 100, 400);
    const { code, err } = await run(['dump', '-', '--workers', '0', '--out', target], { stdin: corrupt });
    expect(code).toBe(1);
    expect(err).toBe(
      'wikiconflict: -: not a valid bzip2 file: its data is damaged (a check failed while decompressing); 0 pages read before it\n',
    );
    expect(readdirSync(dir).filter((f) => f.includes('broken'))).toEqual([]);
  });

  it('a truncated dump fails with its own line, exit 1, and leaves no partial --out file', async () => {
    const target = join(dir, 'cut.ndjson');
    const cut = readFileSync(bz2).subarray(0, -3);
    const { code, err } = await run(['dump', '-', '--workers', '0', '--out', target], { stdin: cut });
    expect(code).toBe(1);
    // The first of the file's two streams is whole: its 4 pages are read (and its conflict written) before the error.
    expect(err).toBe(
      'wikiconflict: -: not a valid bzip2 file: it ends before its end-of-stream marker (cut short?); 4 pages read before it\n',
    );
    expect(readdirSync(dir).filter((f) => f.includes('cut'))).toEqual([]);
  });

  it('draws progress (bytes of the file read, pages, conflicts, rate, time left) on a terminal only', async () => {
    const tty = await run(['dump', bz2, '--workers', '0'], { isTTY: true });
    expect(tty.err).toMatch(/\r\u001b\[2K0\.0 of 0\.0 MB \(100%\), 1 page, 0 conflicts, \d+\.\d MB\/s, 0 s left/);
    const piped = await run(['dump', bz2, '--workers', '0']);
    expect(piped.err).not.toContain('MB/s');
  });

  it.each([
    ['half of a known size', 5e6, 20e6, 1000, '5.0 of 20.0 MB (25%), 1,200 pages, 3 conflicts, 5.0 MB/s, 3 s left'],
    [
      'an hour left',
      10e6,
      36_010e6,
      1000,
      '10.0 of 36010.0 MB (0%), 1,200 pages, 3 conflicts, 10.0 MB/s, 60 min 0 s left',
    ],
    ['standard input (no size)', 5e6, null, 2000, '5.0 MB, 1,200 pages, 3 conflicts, 2.5 MB/s'],
  ])('the progress line for %s', (_name, bytes, size, ms, line) => {
    const stats = { pages: 1200, redirects: 0, otherNamespaces: 0, noInfobox: 0, conflicts: 3, failed: 0 };
    expect(describeProgress(stats, bytes, size, ms)).toBe(line);
  });

  it('--index: a matching index reads the dump as without it; another file as index fails with exit 1', async () => {
    const offsets = [bz2Bytes.indexOf(Buffer.from('425a683931415926', 'hex'), 4)];
    const index = join(dir, 'index.txt.bz2');
    writeFileSync(index, execFileSync('bzip2', ['-c'], { input: `${offsets[0]}:4928:Battle of Świecino\n` }));
    const plain = await run(['dump', bz2, '--workers', '0', '--infobox-only']);
    const indexed = await run(['dump', bz2, '--workers', '0', '--infobox-only', '--index', index]);
    expect(indexed.code).toBe(0);
    expect(indexed.out).toBe(plain.out);
    const wrong = join(dir, 'wrong-index.txt.bz2');
    writeFileSync(wrong, execFileSync('bzip2', ['-c'], { input: `${offsets[0]! + 1}:4928:Battle of Świecino\n` }));
    const failed = await run(['dump', bz2, '--workers', '0', '--index', wrong]);
    expect(failed.code).toBe(1);
    expect(failed.err).toBe(
      `wikiconflict: ${bz2}: the index does not match the dump: no bzip2 stream starts at byte ${offsets[0]! + 1}; 0 pages read before it\n`,
    );
  });

  it('a missing file is exit 1', async () => {
    const { code, err } = await run(['dump', join(dir, 'nope.xml')]);
    expect(code).toBe(1);
    expect(err).toBe(`wikiconflict: ${join(dir, 'nope.xml')}: no such file or folder\n`);
  });

  it.each([
    [['dump'], /exactly one file/],
    [['dump', bz2, '--workers', 'many'], /--workers must be a whole number/],
    [['dump', bz2, '--workers=-1'], /--workers must be a whole number/],
    [['dump', bz2, '--workers', '-1'], /^wikiconflict: --workers must be a whole number from 0 to 256, not "-1"\n$/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('dump --strict', () => {
  // The sample export with one more conflict page whose date cannot be read (an unparsed-date warning).
  const page = [
    '  <page>',
    '    <title>Battle of Nowhen</title>',
    '    <ns>0</ns>',
    '    <id>90003</id>',
    '    <revision>',
    '      <id>90004</id>',
    '      <text xml:space="preserve">{{Infobox military conflict\n| conflict = Battle of Nowhen\n| date = sometime\n}}\nA battle.</text>',
    '    </revision>',
    '  </page>',
  ].join('\n');
  const xml = buildDumpXml().replace('</mediawiki>', `${page}\n</mediawiki>`);
  const WARNING =
    'wikiconflict: Battle of Nowhen: warning unparsed-date (date): Could not read a date from "sometime".';

  it.each([
    // [options, exit code, the warning lines, failed in the summary]
    [['--workers', '0'], 0, [], '0 failed'],
    [['--workers', '0', '--strict'], 1, [WARNING], '1 failed'],
    [['--workers', '1', '--strict'], 1, [WARNING], '1 failed'],
  ])('%j: exit %i, every conflict still written', async (options, exitCode, warnings, failed) => {
    const { code, out, err } = await run(['dump', '-', ...options], { stdin: xml });
    expect(code).toBe(exitCode);
    expect(ids(out)).toEqual([...EXPECTED, ['Battle of Nowhen', 90003, 90004]]);
    const lines = err.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(warnings);
    expect(lines.at(-1)).toMatch(new RegExp(`, 3 conflicts, ${failed} in \\d+\\.\\d s$`));
  });
});
