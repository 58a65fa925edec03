// Tests for the CLI error contract: each bad input or usage gives one `wikiconflict:` line on stderr (no stack) and a
// documented exit code, for every command it applies to.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run-in-process.js';

const seedPath = new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url).pathname;
const seedBytes = readFileSync(seedPath).length;
const bz2 = new URL('../../fixtures/sample-pages-articles.xml.bz2', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
mkdirSync(at('no-articles'));
writeFileSync(at('no-articles/readme.md'), '# not an article\n');
writeFileSync(at('binary.wiki'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
writeFileSync(
  at('latin1.wiki'),
  Buffer.from('{{Infobox military conflict\n| conflict = Bataille de S\xe8te\n}}\n', 'latin1'),
);
writeFileSync(at('empty.wiki'), '');
writeFileSync(at('a-file'), 'x');
const SUMMARY = /^(convert|fetch): \d+ articles?, \d+ warnings?, \d+ notes?, \d+ failed in \d+\.\d s$/;

/** [case, argv, exit code, the one `wikiconflict:` line] */
const CASES: [string, string[], number, string][] = [
  [
    'parse: missing file',
    ['parse', at('missing.wiki')],
    1,
    `wikiconflict: ${at('missing.wiki')}: no such file or folder`,
  ],
  ['parse: a folder', ['parse', at('no-articles')], 1, `wikiconflict: ${at('no-articles')}: is a folder, not a file`],
  [
    'parse: binary file (NUL byte)',
    ['parse', at('binary.wiki')],
    1,
    `wikiconflict: ${at('binary.wiki')}: not a text file (a NUL byte at byte 8)`,
  ],
  [
    'parse: not UTF-8',
    ['parse', at('latin1.wiki')],
    1,
    `wikiconflict: ${at('latin1.wiki')}: not a text file (not valid UTF-8)`,
  ],
  [
    'parse: over --max-bytes',
    ['parse', seedPath, '--max-bytes', '100'],
    1,
    `wikiconflict: ${seedPath}: The input is ${seedBytes} bytes; the limit is 100 (raise it with --max-bytes).`,
  ],
  [
    'parse: unknown option',
    ['parse', '--bogus', seedPath],
    2,
    "wikiconflict: unknown option '--bogus' (try wikiconflict parse --help)",
  ],
  ['parse: option without value', ['parse', seedPath, '--format'], 2, "wikiconflict: option '--format' needs a value"],
  [
    'parse: bad --max-bytes',
    ['parse', seedPath, '--max-bytes', 'lots'],
    2,
    'wikiconflict: --max-bytes must be a whole number of bytes (k, M, G allowed), not "lots"',
  ],
  [
    'convert: missing file',
    ['convert', at('missing.wiki')],
    1,
    `wikiconflict: ${at('missing.wiki')}: no such file or folder`,
  ],
  [
    'convert: folder with no articles',
    ['convert', at('no-articles')],
    1,
    `wikiconflict: ${at('no-articles')}: no articles found in this folder (looked for .wiki, .txt, .wikitext files)`,
  ],
  [
    'convert: binary file',
    ['convert', at('binary.wiki')],
    1,
    `wikiconflict: ${at('binary.wiki')}: not a text file (a NUL byte at byte 8)`,
  ],
  [
    'convert: over --max-bytes',
    ['convert', seedPath, '--max-bytes', '1k', '--to', 'ndjson'],
    1,
    `wikiconflict: ${seedPath}: The input is ${seedBytes} bytes; the limit is 1024 (raise it with --max-bytes).`,
  ],
  [
    'convert: unknown option',
    ['convert', seedPath, '--too', 'json'],
    2,
    "wikiconflict: unknown option '--too' (try wikiconflict convert --help)",
  ],
  [
    'convert: --out is a file',
    ['convert', seedPath, '--out', at('a-file')],
    1,
    `wikiconflict: --out ${at('a-file')}: is a file, not a folder`,
  ],
  [
    'convert: --out under a file',
    ['convert', seedPath, '--out', at('a-file/out')],
    1,
    `wikiconflict: --out ${at('a-file/out')}: a part of the path is a file, not a folder`,
  ],
  [
    'fetch: unknown option',
    ['fetch', 'Battle of X', '--language', 'de'],
    2,
    "wikiconflict: unknown option '--language' (try wikiconflict fetch --help)",
  ],
  [
    'fetch: --out is a file',
    ['fetch', 'Battle of X', '--api', 'http://127.0.0.1:9/w/api.php', '--out', at('a-file')],
    1,
    `wikiconflict: --out ${at('a-file')}: is a file, not a folder`,
  ],
  [
    'fetch: --out under a file',
    ['fetch', 'Battle of X', '--api', 'http://127.0.0.1:9/w/api.php', '--out', at('a-file/x')],
    1,
    `wikiconflict: --out ${at('a-file/x')}: a part of the path is a file, not a folder`,
  ],
  ['dump: missing file', ['dump', at('missing.xml')], 1, `wikiconflict: ${at('missing.xml')}: no such file or folder`],
  [
    'dump: a folder',
    ['dump', at('no-articles')],
    1,
    `wikiconflict: ${at('no-articles')}: is a folder, not a dump file`,
  ],
  [
    'dump: binary file (a PNG header: its NUL is on line 2)',
    ['dump', at('binary.wiki'), '--workers', '0'],
    1,
    `wikiconflict: ${at('binary.wiki')}: not a valid XML dump: 2:1: disallowed character.`,
  ],
  [
    'dump: empty file',
    ['dump', at('empty.wiki'), '--workers', '0'],
    1,
    `wikiconflict: ${at('empty.wiki')}: not a valid XML dump: 1:0: document must contain a root element.`,
  ],
  [
    'dump: unknown option',
    ['dump', bz2, '--threads', '2'],
    2,
    "wikiconflict: unknown option '--threads' (try wikiconflict dump --help)",
  ],
  [
    'dump: unknown --decoder',
    ['dump', bz2, '--decoder', 'zstd'],
    2,
    'wikiconflict: --decoder must be one of native|lbzip2|bzip2|javascript, not "zstd"',
  ],
  [
    'dump: --out is a folder',
    ['dump', bz2, '--out', at('no-articles')],
    1,
    `wikiconflict: --out ${at('no-articles')}: is a folder, not a file`,
  ],
  [
    'dump: --out under a file',
    ['dump', bz2, '--out', at('a-file/x.ndjson')],
    1,
    `wikiconflict: --out ${at('a-file/x.ndjson')}: a part of the path is a file, not a folder`,
  ],
  ['schema: an argument', ['schema', 'extra'], 2, 'wikiconflict: schema takes no arguments'],
  ['unknown command', ['frobnicate'], 2, 'wikiconflict: unknown command "frobnicate" (try --help)'],
];

describe('one line on stderr and a documented exit code', () => {
  it.each(CASES)('%s', async (_name, argv, exitCode, line) => {
    const { code, err } = await run(argv);
    expect(code).toBe(exitCode);
    // Batches end with their summary line; apart from it, exactly the one error line.
    const lines = err
      .trimEnd()
      .split('\n')
      .filter((l) => !SUMMARY.test(l));
    expect(lines).toEqual([line]);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each(CASES.filter(([, , exitCode]) => exitCode === 1))(
    '%s: --debug adds no stack to an expected failure',
    async (_name, argv, exitCode, line) => {
      const { code, err } = await run([...argv, '--debug']);
      expect(code).toBe(exitCode);
      expect(
        err
          .trimEnd()
          .split('\n')
          .filter((l) => !SUMMARY.test(l)),
      ).toEqual([line]);
    },
  );
});

describe('the batch goes on past a bad input', () => {
  it('convert writes the good article and reports every bad one, exit 1', async () => {
    const out = at('out-batch');
    const { code, err } = await run([
      'convert',
      at('binary.wiki'),
      at('no-articles'),
      seedPath,
      at('missing.wiki'),
      '--to',
      'ndjson',
      '--out',
      out,
    ]);
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n')).toEqual([
      `wikiconflict: ${at('binary.wiki')}: not a text file (a NUL byte at byte 8)`,
      `wikiconflict: ${at('no-articles')}: no articles found in this folder (looked for .wiki, .txt, .wikitext files)`,
      `wikiconflict: ${at('missing.wiki')}: no such file or folder`,
      expect.stringMatching(/^convert: 1 article, 0 warnings, 0 notes, 3 failed in \d+\.\d s$/),
    ]);
    // --out mirrors each input's path below the folder all inputs share (the temporary folder and fixtures/ share /,
    // or /tmp when the clone lives there)
    const written = join(
      out,
      relative(sharedFolder(dir, dirname(seedPath)), dirname(seedPath)),
      'amazragane-skirmish.ndjson',
    );
    expect(JSON.parse(readFileSync(written, 'utf8')).title).toBe('Amazragane skirmish');
  });
});

describe('an empty file is an article with the warning empty-input, as in the library', () => {
  it('parse: exit 0 and the Conflict', async () => {
    const { code, out, err } = await run(['parse', at('empty.wiki'), '--compact']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out).warnings.map((w: { code: string }) => w.code)).toEqual(['empty-input', 'no-infobox']);
  });

  it('parse --strict: exit 1, the warnings on stderr, the JSON still printed', async () => {
    const { code, out, err } = await run(['parse', at('empty.wiki'), '--strict', '--compact']);
    expect(code).toBe(1);
    expect(JSON.parse(out).format).toBe('wikitext');
    expect(err).toBe(
      `wikiconflict: ${at('empty.wiki')}: warning empty-input: The page source is empty.\nwikiconflict: ${at('empty.wiki')}: warning no-infobox: The page has no infobox.\n`,
    );
  });

  it.each([
    [[] as string[], 0],
    [['--strict'], 1],
  ])('convert %j: exit %i', async (extra, exitCode) => {
    const { code, out, err } = await run(['convert', at('empty.wiki'), '--to', 'ndjson', ...extra]);
    expect(code).toBe(exitCode);
    expect(JSON.parse(out).warnings[0].code).toBe('empty-input');
    expect(err).toMatch(/^convert: 1 article, 2 warnings, 0 notes, \d failed in/m);
  });
});

describe('standard input', () => {
  it('binary on stdin is refused like a binary file', async () => {
    const { code, err } = await run(['parse', '-'], { stdin: Buffer.from([0x7b, 0x7b, 0x00, 0x7d]) });
    expect(code).toBe(1);
    expect(err).toBe('wikiconflict: -: not a text file (a NUL byte at byte 2)\n');
  });

  it('stdin over --max-bytes stops with the limit', async () => {
    const { code, err } = await run(['parse', '-', '--max-bytes', '10'], { stdin: 'x'.repeat(11) });
    expect(code).toBe(1);
    expect(err).toBe('wikiconflict: -: Standard input is over the limit of 10 bytes (raise it with --max-bytes).\n');
  });

  it('a UTF-8 byte order mark is not binary', async () => {
    const { code, out } = await run(['parse', '-', '--compact'], {
      stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(seedPath)]),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('Amazragane skirmish');
  });
});

/** The deepest folder that holds both `a` and `b`. */
function sharedFolder(a: string, b: string): string {
  const pa = a.split(sep);
  const pb = b.split(sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(sep) || sep;
}
