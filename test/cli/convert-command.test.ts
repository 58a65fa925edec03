import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run-in-process.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const seedPath = join(fixtures, 'amazragane-skirmish.txt');
const seed = readFileSync(seedPath, 'utf8');
const SUMMARY = /^convert: (\d+) articles?, (\d+) warnings?, (\d+) failed in \d+\.\d s$/m;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikiconflict-convert-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A small tree of inputs: two articles in a folder (one nested), one file that is not an article. */
function makeTree() {
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'in', 'seed.txt'), seed);
  writeFileSync(join(dir, 'in', 'nested', 'lostwithiel.wiki'), readFileSync(join(fixtures, 'battle-of-lostwithiel.wiki')));
  writeFileSync(join(dir, 'in', 'notes.md'), '# not an article');
}

describe('wikiconflict convert', () => {
  it('writes the seed back in the plain format to stdout, byte for byte', async () => {
    const { code, out, err } = await run(['convert', seedPath, '--to', 'plain']);
    expect(code).toBe(0);
    expect(out).toBe(seed);
    expect(err).toMatch(SUMMARY);
    expect(SUMMARY.exec(err)?.slice(1, 4)).toEqual(['1', '0', '0']);
  });

  it('walks a folder into --out, one file per input with the new extension', async () => {
    makeTree();
    const { code, out, err } = await run(['convert', join(dir, 'in'), '--to', 'markdown', '--out', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['lostwithiel.md', 'seed.md']);
    expect(readFileSync(join(dir, 'out', 'seed.md'), 'utf8').startsWith('# Amazragane skirmish\n\n| Field | Value |')).toBe(true);
    expect(SUMMARY.exec(err)?.[1]).toBe('2');
  });

  it('keeps going past bad inputs and exits 1', async () => {
    makeTree();
    const { code, err } = await run(['convert', join(dir, 'missing.wiki'), join(dir, 'in'), join(dir, 'none-*.wiki'), '--to', 'json', '--out', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(err).toContain(`wikiconflict: ${join(dir, 'missing.wiki')}: no such file or folder\n`);
    expect(err).toContain(`wikiconflict: ${join(dir, 'none-*.wiki')}: no file matches\n`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['lostwithiel.json', 'seed.json']);
    expect(SUMMARY.exec(err)?.slice(1, 4)).toEqual(['2', '0', '2']);
  });

  it('expands globs, ** included', async () => {
    makeTree();
    const { code, out } = await run(['convert', join(dir, 'in', '**', '*.wiki'), '--to', 'ndjson']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).infobox.template).toBe('Infobox military conflict');
  });

  it('prints several JSON documents to stdout as one array', async () => {
    const { code, out } = await run(['convert', seedPath, join(fixtures, 'battle-of-swiecino.wiki')]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.map((c: { format: string }) => c.format)).toEqual(['plain', 'wikitext']);
  });

  it('prints NDJSON as one compact Conflict per line', async () => {
    const { out } = await run(['convert', seedPath, seedPath, '--to', 'ndjson']);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!).title).toBe('Amazragane skirmish');
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

  it('gives the same base name twice a -2 suffix instead of overwriting', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.txt'), seed);
    writeFileSync(join(dir, 'b', 'x.txt'), seed);
    await run(['convert', join(dir, 'a'), join(dir, 'b'), '--out', join(dir, 'out')]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['x-2.json', 'x.json']);
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
    [['convert', seedPath, '--to', 'html'], /--to must be one of json\|ndjson\|plain\|markdown, not "html"/],
    [['convert', seedPath, '--format', 'xml'], /--format must be plain or wikitext/],
    [['convert', '-', '-'], /standard input \(-\) can be read only once/],
    [['convert', seedPath, '--bogus'], /^wikiconflict: unknown option '--bogus' \(try wikiconflict convert --help\)\n$/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
