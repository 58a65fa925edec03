import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDumpXml, DUMP_BZ2 } from '../dump/build-dump.js';
import { run } from './run-in-process.js';

const bz2 = DUMP_BZ2.pathname;
const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SUMMARY =
  'dump: 5 pages (skipped 1 redirect, 1 in other namespaces, 1 without conflict infobox), 2 conflicts, 0 failed in ';

const ids = (ndjson: string) => ndjson.trimEnd().split('\n').map((line) => {
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
    expect(err).toBe('wikiconflict: -: not a valid bzip2 file: its data is damaged (a check failed while decompressing)\n');
    expect(readdirSync(dir).filter((f) => f.includes('broken'))).toEqual([]);
  });

  it('a truncated dump fails with its own line, exit 1, and leaves no partial --out file', async () => {
    const target = join(dir, 'cut.ndjson');
    const cut = readFileSync(bz2).subarray(0, -3);
    const { code, err } = await run(['dump', '-', '--workers', '0', '--out', target], { stdin: cut });
    expect(code).toBe(1);
    expect(err).toBe('wikiconflict: -: not a valid bzip2 file: it ends before its end-of-stream marker (cut short?)\n');
    expect(readdirSync(dir).filter((f) => f.includes('cut'))).toEqual([]);
  });

  it('draws progress (pages, conflicts, rate) on a terminal only', async () => {
    const tty = await run(['dump', bz2, '--workers', '0'], { isTTY: true });
    expect(tty.err).toMatch(/\r\u001b\[2K1 page, 0 conflicts, \d+ pages\/s/);
    const piped = await run(['dump', bz2, '--workers', '0']);
    expect(piped.err).not.toContain('pages/s');
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
  const WARNING = 'wikiconflict: Battle of Nowhen: warning unparsed-date (date): Could not read a date from "sometime".';

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
