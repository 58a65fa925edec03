// CLI: convert on worker threads writes exactly what it writes on the main thread, bad inputs and --strict included.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_INPUTS_FOR_WORKERS, convertWorkers } from '../../src/cli/convert-command.js';
import { run } from './run-in-process.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const articles = readdirSync(fixtures).filter((f) => /\.(wiki|txt)$/.test(f));
const bad = readdirSync(join(fixtures, 'bad')).filter((f) => /\.(wiki|txt)$/.test(f));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikiconflict-convert-workers-'));
  mkdirSync(join(dir, 'in'));
  for (const f of articles) copyFileSync(join(fixtures, f), join(dir, 'in', f));
  for (const f of bad) copyFileSync(join(fixtures, 'bad', f), join(dir, 'in', `bad-${f}`));
  // A binary file (a failure line) and an article with a plain-format warning (for --strict).
  writeFileSync(join(dir, 'in', 'binary.wiki'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
  writeFileSync(join(dir, 'in', 'odd.txt'), '= Odd =\n\nInfobox\nnot a field line\n- Date: 1916\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `out` with its bytes. */
function files(out: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(out)
      .sort()
      .map((f) => [f, readFileSync(join(out, f), 'utf8')]),
  );
}

describe('convert --workers', () => {
  it.each(['json', 'markdown'])(
    'writes the same %s files, error lines and summary counts with 2 workers as with 0',
    async (to) => {
      // --max-bytes refuses the largest fixtures (too-large) as they are read, before any worker sees them.
      const args = ['convert', join(dir, 'in'), '--to', to, '--strict', '--max-bytes', '150000'];
      const main = await run([...args, '--out', join(dir, `out-${to}-0`), '--workers', '0']);
      const workers = await run([...args, '--out', join(dir, `out-${to}-2`), '--workers', '2']);
      expect(workers.code).toBe(main.code);
      expect(main.code).toBe(1);
      const lines = (err: string) => err.split('\n').filter((l) => l.startsWith('wikiconflict: '));
      expect(lines(workers.err)).toEqual(lines(main.err));
      expect(lines(main.err).some((l) => l.includes('binary.wiki: not a text file'))).toBe(true);
      expect(lines(main.err).some((l) => /too-large|over the limit|limit is 150000/.test(l))).toBe(true);
      expect(lines(main.err).some((l) => l.includes('odd.txt: warning plain-format'))).toBe(true);
      const summary = (err: string) => /convert: (.*) failed/.exec(err)?.[1];
      expect(summary(workers.err)).toBe(summary(main.err));
      const written = files(join(dir, `out-${to}-2`));
      expect(written).toEqual(files(join(dir, `out-${to}-0`)));
      expect(Object.keys(written).length).toBeGreaterThan(articles.length);
    },
    120_000,
  );

  it('keeps input order on stdout (one JSON array) with 2 workers', async () => {
    const inputs = ['battle-of-waterloo.wiki', 'amazragane-skirmish.txt', 'battle-of-swiecino.wiki'].map((f) =>
      join(dir, 'in', f),
    );
    const main = await run(['convert', ...inputs, '--workers', '0']);
    const workers = await run(['convert', ...inputs, '--workers', '2']);
    expect(workers.out).toBe(main.out);
    // Titles from the file names (the plain seed's "= Title =" wins over its own).
    expect((JSON.parse(workers.out) as { title: string }[]).map((c) => c.title)).toEqual([
      'battle-of-waterloo',
      'Amazragane skirmish',
      'battle-of-swiecino',
    ]);
  }, 120_000);

  it.each(['-1', '1.5', 'two', '257', ''])('refuses --workers=%s with a usage error', async (n) => {
    const { code, err } = await run(['convert', join(dir, 'in', 'odd.txt'), `--workers=${n}`]);
    expect(code).toBe(2);
    expect(err).toContain(`--workers must be a whole number from 0 to 256, not "${n}"`);
  });
});

describe('convertWorkers (how many threads a batch gets)', () => {
  it.each([
    { requested: undefined, inputs: MIN_INPUTS_FOR_WORKERS - 1, cpus: 4, workers: 0 },
    { requested: undefined, inputs: MIN_INPUTS_FOR_WORKERS, cpus: 4, workers: 4 },
    { requested: undefined, inputs: 10_000, cpus: 1, workers: 0 },
    { requested: 3, inputs: 2, cpus: 8, workers: 2 },
    { requested: 2, inputs: 1, cpus: 8, workers: 1 },
    { requested: 0, inputs: 10_000, cpus: 8, workers: 0 },
  ])('$requested asked, $inputs inputs, $cpus CPUs → $workers', ({ requested, inputs, cpus, workers }) => {
    expect(convertWorkers(requested, inputs, cpus)).toBe(workers);
  });
});
