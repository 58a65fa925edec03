import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run-in-process.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const seedPath = join(fixtures, 'amazragane-skirmish.txt');
const seed = readFileSync(seedPath, 'utf8');
const SUMMARY = /^convert: (\d+) articles?, (\d+) warnings?, (\d+) notes?, (\d+) failed in \d+\.\d s$/m;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikiconflict-convert-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, as paths relative to it, sorted. */
const listFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

/** A small tree of inputs: two articles in a folder (one nested), one file that is not an article. */
function makeTree() {
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'in', 'seed.txt'), seed);
  writeFileSync(
    join(dir, 'in', 'nested', 'lostwithiel.wiki'),
    readFileSync(join(fixtures, 'battle-of-lostwithiel.wiki')),
  );
  writeFileSync(join(dir, 'in', 'notes.md'), '# not an article');
}

describe('wikiconflict convert', () => {
  it('writes the seed back in the plain format to stdout, byte for byte', async () => {
    const { code, out, err } = await run(['convert', seedPath, '--to', 'plain']);
    expect(code).toBe(0);
    expect(out).toBe(seed);
    expect(err).toMatch(SUMMARY);
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['1', '0', '0', '0']);
  });

  it('walks a folder into --out, one file per input with the new extension, in the same folders', async () => {
    makeTree();
    const { code, out, err } = await run(['convert', join(dir, 'in'), '--to', 'markdown', '--out', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(listFiles(join(dir, 'out'))).toEqual(['nested/lostwithiel.md', 'seed.md']);
    expect(
      readFileSync(join(dir, 'out', 'seed.md'), 'utf8').startsWith('# Amazragane skirmish\n\n| Field | Value |'),
    ).toBe(true);
    expect(SUMMARY.exec(err)?.[1]).toBe('2');
  });

  it('keeps going past bad inputs and exits 1', async () => {
    makeTree();
    const { code, err } = await run([
      'convert',
      join(dir, 'missing.wiki'),
      join(dir, 'in'),
      join(dir, 'none-*.wiki'),
      '--to',
      'json',
      '--out',
      join(dir, 'out'),
    ]);
    expect(code).toBe(1);
    expect(err).toContain(`wikiconflict: ${join(dir, 'missing.wiki')}: no such file or folder\n`);
    expect(err).toContain(`wikiconflict: ${join(dir, 'none-*.wiki')}: no file matches\n`);
    expect(listFiles(join(dir, 'out'))).toEqual(['nested/lostwithiel.json', 'seed.json']);
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['2', '0', '0', '2']);
  });

  it('expands globs, ** included', async () => {
    makeTree();
    const { code, out } = await run(['convert', join(dir, 'in', '**', '*.wiki'), '--to', 'ndjson']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).infobox.template).toBe('Infobox military conflict');
  });

  it.each([
    // [case, inputs, formats of the array's items]
    ['one input', [seedPath], ['plain']],
    ['two inputs', [seedPath, join(fixtures, 'battle-of-swiecino.wiki')], ['plain', 'wikitext']],
    ['one input that fails', [join(fixtures, 'no-such-file.wiki')], []],
  ])('prints --to json to stdout as one JSON array, whatever the count: %s', async (_case, inputs, formats) => {
    const { out } = await run(['convert', ...inputs]);
    const parsed = JSON.parse(out);
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((c: { format: string }) => c.format)).toEqual(formats);
  });

  it('prints NDJSON as one compact Conflict per line', async () => {
    const { out } = await run(['convert', seedPath, seedPath, '--to', 'ndjson']);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!).title).toBe('Amazragane skirmish');
  });

  it('counts warnings (severity warning) and notes (severity info) apart in the summary, as the output has them', async () => {
    const inputs = [
      'battle-of-adrianople-disambiguation.wiki',
      'talk-battle-of-swiecino.wiki',
      'amazragane-skirmish.txt',
    ].map((f) => join(fixtures, f));
    const { code, out, err } = await run(['convert', ...inputs, '--to', 'ndjson']);
    expect(code).toBe(0);
    const severities = out
      .trimEnd()
      .split('\n')
      .flatMap((line) => JSON.parse(line).warnings.map((w: { severity: string }) => w.severity));
    const count = (severity: string) => String(severities.filter((s: string) => s === severity).length);
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['3', count('warning'), count('info'), '0']);
    // The disambiguation and the talk page are each one note (and lack an infobox: one warning each).
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['3', '2', '2', '0']);
  });

  it('reads standard input with -', async () => {
    const { code, out } = await run(['convert', '-', '--to', 'plain'], { stdin: seed });
    expect(code).toBe(0);
    expect(out).toBe(seed);
  });

  it('--strict fails an article with warnings but still writes it', async () => {
    writeFileSync(join(dir, 'odd.txt'), '= Odd =\n\nInfobox\nnot a field line\n- Date: 1916\n');
    const loose = await run(['convert', join(dir, 'odd.txt'), '--out', join(dir, 'out')]);
    expect(loose.code).toBe(0);
    const strict = await run(['convert', join(dir, 'odd.txt'), '--out', join(dir, 'out2'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/odd\.txt: warning plain-format \(infobox\): Infobox line is not "- Key: Value"/);
    expect(readdirSync(join(dir, 'out2'))).toEqual(['odd.json']);
  });

  it('leaves no temporary file behind', async () => {
    makeTree();
    await run(['convert', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it.each([
    // [case, inputs (relative to the temporary folder), files written under --out]
    ['one file', ['a/x.txt'], ['x.json']],
    ['two folders with the same file name', ['a/x.txt', 'b/x.txt'], ['a/x.json', 'b/x.json']],
    ['a file and one in a folder below it', ['a/x.txt', 'a/b/c/x.txt'], ['b/c/x.json', 'x.json']],
    ['cousins two levels down', ['p/a/x.txt', 'q/b/x.txt'], ['p/a/x.json', 'q/b/x.json']],
  ])("--out mirrors the folders below the inputs' common folder: %s", async (_case, files, written) => {
    for (const file of files) {
      mkdirSync(join(dir, 'in', file, '..'), { recursive: true });
      writeFileSync(join(dir, 'in', file), seed);
    }
    const { code, err } = await run(['convert', ...files.map((f) => join(dir, 'in', f)), '--out', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(err).not.toContain('written to');
    expect(listFiles(join(dir, 'out'))).toEqual(written);
  });

  it.each([
    // [case, files in the folder, files written]
    ['files at several depths', ['a/x.txt', 'b/x.txt', 'b/deep/y.wiki'], ['a/x.json', 'b/deep/y.json', 'b/x.json']],
    ['every file in one subfolder', ['only/deep/x.txt', 'only/deep/y.txt'], ['only/deep/x.json', 'only/deep/y.json']],
  ])(
    "mirrors the folders below a folder argument, and below a ** glob's base the same way: %s",
    async (_case, files, written) => {
      for (const file of files) {
        mkdirSync(join(dir, 'in', file, '..'), { recursive: true });
        writeFileSync(join(dir, 'in', file), seed);
      }
      await run(['convert', join(dir, 'in'), '--out', join(dir, 'from-folder')]);
      await run(['convert', join(dir, 'in', '**', '*.{txt,wiki}'), '--out', join(dir, 'from-glob')]);
      expect(listFiles(join(dir, 'from-folder'))).toEqual(written);
      expect(listFiles(join(dir, 'from-glob'))).toEqual(written);
    },
  );

  it('gives a name still taken (x.txt beside x.wiki) a -2 suffix and says so, instead of overwriting', async () => {
    writeFileSync(join(dir, 'x.txt'), seed);
    writeFileSync(join(dir, 'x.wiki'), seed);
    const { code, err } = await run(['convert', join(dir, 'x.txt'), join(dir, 'x.wiki'), '--out', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['x-2.json', 'x.json']);
    expect(err).toContain(
      `wikiconflict: ${join(dir, 'x.wiki')}: written to ${join(dir, 'out', 'x-2.json')} (${join(dir, 'out', 'x.json')} is the output of ${join(dir, 'x.txt')})\n`,
    );
    expect(SUMMARY.exec(err)?.slice(1, 5)).toEqual(['2', '0', '0', '0']);
  });

  it('refuses a folder under --out that is a symbolic link leading out of it', async () => {
    mkdirSync(join(dir, 'in', 'a'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a', 'x.txt'), seed);
    writeFileSync(join(dir, 'in', 'y.txt'), seed);
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'a'));
    const { code, err } = await run(['convert', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(err).toContain(
      `wikiconflict: ${join(dir, 'in', 'a', 'x.txt')}: cannot write ${join(dir, 'out', 'a', 'x.json')}: leads through a symbolic link to ${join(dir, 'elsewhere')}, outside ${join(dir, 'out')}; not followed\n`,
    );
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a', 'y.json']);
  });

  it('draws a progress bar on a terminal with more than one input, never otherwise', async () => {
    const many = await run(['convert', seedPath, seedPath], { isTTY: true });
    expect(many.err).toContain('\r\u001b[2K');
    expect(many.err).toContain('░');
    const one = await run(['convert', seedPath], { isTTY: true });
    expect(one.err).not.toContain('\r');
    const piped = await run(['convert', seedPath, seedPath], { isTTY: false });
    expect(piped.err).not.toContain('\r');
  });

  it.each([
    [['convert'], /at least one file/],
    [
      ['convert', seedPath, '--to', 'html'],
      /--to must be one of json\|ndjson\|plain\|markdown\|quickstatements\|wikidata-json, not "html"/,
    ],
    [['convert', seedPath, '--format', 'xml'], /--format must be plain or wikitext/],
    [['convert', '-', '-'], /standard input \(-\) can be read only once/],
    [
      ['convert', seedPath, '--bogus'],
      /^wikiconflict: unknown option '--bogus' \(try wikiconflict convert --help\)\n$/,
    ],
    [
      ['convert', seedPath, '--workers', '-1'],
      /^wikiconflict: --workers must be a whole number from 0 to 256, not "-1"\n$/,
    ],
    [
      ['convert', seedPath, '--max-bytes', '-5k'],
      /^wikiconflict: --max-bytes must be a whole number of bytes \(k, M, G allowed\), not "-5k"\n$/,
    ],
    [
      ['convert', seedPath, '--to', '-x'],
      /^wikiconflict: option '--to' needs a value, and "-x" looks like an option \(write --to=-x if it is the value\)\n$/,
    ],
    [['convert', seedPath, '--out', '--strict'], /^wikiconflict: option '--out' needs a value\n$/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
