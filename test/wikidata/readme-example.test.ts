// The README's "Figures out to Wikidata" examples, run: the shell session and the API snippet.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConflict, renderQuickStatements, renderWikidataJson, toWikidata } from '../../src/index.js';
import { run } from '../cli/run-in-process.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Figures out to Wikidata'), readme.indexOf('## Diagnostics'));
const seedText = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');

/** The lines of the section's shell session: the two commands, then what they print. */
function session(): { commands: string[]; output: string[] } {
  const block = /```text\n([\s\S]*?)```/.exec(section)![1]!.trimEnd().split('\n');
  return { commands: block.filter((l) => l.startsWith('$ ')), output: block.filter((l) => !l.startsWith('$ ')) };
}

describe('README: Figures out to Wikidata', () => {
  it('shows the commands this test runs', () => {
    expect(session().commands).toEqual([
      "$ printf 'Mali\\tQ912\\n' > items.tsv",
      '$ wikiconflict convert fixtures/amazragane-skirmish.txt --to quickstatements --items items.tsv | cut -f1-7',
    ]);
  });

  it('prints what the session shows (stdout cut to 7 columns, then stderr, the time aside)', async () => {
    const items = join(mkdtempSync(join(tmpdir(), 'wikiconflict-readme-')), 'items.tsv');
    writeFileSync(items, 'Mali\tQ912\n');
    const { code, out, err } = await run([
      'convert',
      'fixtures/amazragane-skirmish.txt',
      '--to',
      'quickstatements',
      '--items',
      items,
    ]);
    expect(code).toBe(0);
    const printed = [
      ...out
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t').slice(0, 7).join('\t')),
      ...err.trimEnd().split('\n'),
    ];
    const time = (l: string) => l.replace(/in \d+\.\d s$/, 'in …');
    expect(printed.map(time)).toEqual(session().output.map(time));
    expect(out.split('\n')[0]).toMatch(
      /\tP580\t\+2013-11-08T00:00:00Z\/11\tP582\t\+2013-11-08T00:00:00Z\/11\tS143\tQ328\tS4656\t"https:\/\/en\.wikipedia\.org\/wiki\/Amazragane_skirmish"$/,
    );
  });

  it('runs the API snippet with the results it shows', () => {
    expect(section).toContain("const result = toWikidata(parseConflict(seedText), { items: { Mali: 'Q912' } });");
    const result = toWikidata(parseConflict(seedText), { items: { Mali: 'Q912' } });
    expect(result.statements.length).toBe(6);
    expect(result.skipped.map((s) => s.figure.text)).toEqual(['6 captured (per Mali)']);
    expect(renderQuickStatements(result).split('\n')[1]?.split('\t').slice(0, 7)).toEqual([
      'UNRESOLVED[Amazragane skirmish]',
      'P1120',
      '2',
      'P710',
      'Q912',
      'P3680',
      'UNRESOLVED[MNLA]',
    ]);
    expect(JSON.parse(renderWikidataJson(result)).claims.P1339[0].mainsnak.datavalue.value).toEqual({
      amount: '+1',
      unit: '1',
    });
  });
});
