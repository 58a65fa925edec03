// The README's examples, run as written: the CLI transcript (each `$ …` line in a shell, against the built CLI, its
// output compared line for line), the API block's commented results, and the figure shown under The model.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParser, parseCasualties, parseConflict } from '../src/index.js';
import { startFakeMediaWiki, type FakeMediaWiki } from './fetch/fake-mediawiki.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const seed = readFileSync(join(root, 'fixtures/amazragane-skirmish.txt'), 'utf8');
const built = existsSync(join(root, 'dist/cli.js'));

/** The code blocks of a language, in order. */
function blocks(lang: string): string[] {
  return [...readme.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
}

interface Step {
  command: string;
  output: string[];
}

/** A transcript's steps: each `$ command` with the lines printed after it. */
function steps(transcript: string): Step[] {
  const out: Step[] = [];
  for (const line of transcript.split('\n')) {
    if (line.startsWith('$ ')) out.push({ command: line.slice(2), output: [] });
    else if (line !== '' && out.length > 0) out[out.length - 1]!.output.push(line);
  }
  return out;
}

// Times change from run to run: `in 2.1 s` is compared as `in … s`.
const normalise = (lines: string[]): string[] => lines.map((l) => l.replace(/ in \d+(?:\.\d+)? s$/, ' in … s')).sort();

describe.skipIf(!built)('README: the CLI transcript (needs npm run build)', () => {
  const transcript = blocks('text').find((b) => b.includes('$ wikiconflict convert fixtures --to markdown'))!;
  let dir: string;
  let api: FakeMediaWiki;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wikiconflict-readme-'));
    symlinkSync(join(root, 'fixtures'), join(dir, 'fixtures'));
    const bin = join(dir, 'bin');
    execFileSync('mkdir', [bin]);
    writeFileSync(
      join(bin, 'wikiconflict'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist/cli.js')}" "$@"\n`,
    );
    chmodSync(join(bin, 'wikiconflict'), 0o755);
    // the recorded pages the fetch example reads: one 503 first, then the article through its redirect
    api = await startFakeMediaWiki(
      {
        'Battle of Lostwithiel': {
          pageid: 4160,
          revid: 804638880,
          content: readFileSync(join(root, 'fixtures/battle-of-lostwithiel.wiki'), 'utf8'),
        },
      },
      { 'Lostwithiel Campaign': 'Battle of Lostwithiel' },
    );
    api.faults.push({ status: 503, headers: { 'Retry-After': '1' }, body: {} });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the transcript', () => {
    expect(steps(transcript ?? '').length).toBeGreaterThanOrEqual(5);
  });

  it('prints what the README says, command by command', async () => {
    for (const step of steps(transcript)) {
      const command = step.command.replace('http://127.0.0.1:8089/w/api.php', api.url);
      let printed: string;
      // asynchronously: the fake API answers from this process, which must not be blocked meanwhile
      try {
        ({ stdout: printed } = await promisify(execFile)('bash', ['-c', `{ ${command}\n} 2>&1`], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
        }));
      } catch (error) {
        printed = String((error as { stdout?: string }).stdout ?? '');
      }
      expect(normalise(printed.split('\n').filter((l) => l !== '')), `$ ${step.command}`).toEqual(
        normalise(step.output),
      );
    }
  }, 120_000);
});

describe('README: the API block', () => {
  const api = blocks('ts').find((b) => b.includes("parseConflict(text, { title: 'Amazragane skirmish' })"))!;
  const conflict = parseConflict(seed, { title: 'Amazragane skirmish' });

  it('shows the seed date, the figures of side 2 and parseCasualties as they come out', () => {
    const date = /conflict\.date;\s*\/\/ (.*)/.exec(api)![1]!;
    expect(conflict.date).toEqual(new Function(`return (${date})`)());
    const figures = /\/\/ (\[\['killed'.*)/.exec(api)![1]!;
    expect(conflict.sides[1]?.casualties?.figures.map((f) => [f.kind, f.min, f.source])).toEqual(
      new Function(`return (${figures})`)(),
    );
    // `…` marks the fields left out: the shown ones must match
    const casualties = /parseCasualties\('([^']*)'\);\s*\/\/ (.*)/.exec(api)!;
    const shown = new Function(`return (${casualties[2]!.replace(/, …/g, '')})`)() as object[];
    expect(parseCasualties(casualties[1]!)).toMatchObject(shown);
  });
});

describe('README: Extending', () => {
  const block = blocks('ts').find((b) => b.includes('createParser({'))!;

  it('runs as written, each result as its comment shows', () => {
    const body = block.replace(/^import .*$/m, '');
    // each `parser.…;` line is followed by a `// result` line
    const checks = [...body.matchAll(/^(parser\..*);\n\/\/ (.*)$/gm)];
    expect(checks).toHaveLength(2);
    const setup = body.slice(0, checks[0]!.index);
    for (const [, expression, result] of checks) {
      const actual = new Function('createParser', `${setup}\nreturn (${expression});`)(createParser);
      expect(actual).toEqual(new Function(`return (${result})`)());
    }
  });
});

describe('README: a built-in template entry', () => {
  it('is a rule of the table: its examples render through a parser given the same names and handler', async () => {
    const entry = blocks('ts').find((b) => b.trimStart().startsWith("{ id: '"))!;
    const rule = new Function(`return (${entry.trim().replace(/,$/, '')})`)();
    const { checkTemplateEntry } = await import('./helpers/check-template-entry.js');
    expect(checkTemplateEntry(rule)).toEqual([]);
    const parser = createParser({ templates: [{ names: rule.names, handler: rule.handler }] });
    for (const [wikitext, text] of rule.examples) expect(parser.parseCasualties(wikitext)[0]?.text).toBe(text);
  });
});

describe('README: the model', () => {
  it("shows the seed's first figure exactly", () => {
    const json = blocks('json').find((b) => b.includes('"1 injured (per Mali)"'))!;
    expect(parseConflict(seed).sides[0]?.casualties?.figures[0]).toEqual(JSON.parse(json));
  });
});
