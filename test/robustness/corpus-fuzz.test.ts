// Fuzzing from real articles (issue 15): the corpus pages cut at random points, with a span duplicated, spliced to
// another page, with brackets unbalanced, or with one line repeated 10,000 times all parse to a valid Conflict with no
// internal-error and no throw; the repeated line also parses in linear time (2,500 vs 10,000 repeats, in one process).
// Fixed seed; FUZZ_RUNS (runs per property) and FUZZ_SEED for longer runs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/_lib/corpus.js';
import { ConflictSchema, type Conflict } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_500;
const runs = (n: number) => RUNS ?? n;
const timeout = (n: number, perRun: number) => Math.max(60_000, runs(n) * perRun);

const PAGES = corpusPages().map((p) => ({ file: p.file, text: readFileSync(p.path, 'utf8') }));
const pageAt = (i: number) => PAGES[i % PAGES.length]!;
const page = fc.nat({ max: PAGES.length - 1 });
const at = (text: string, i: number) => i % (text.length + 1);

/** The contract: no throw, a valid Conflict, no internal-error. Throws (for fast-check to report) when broken. */
function holdContract(conflict: Conflict): void {
  const internal = conflict.warnings.filter((w) => w.code === 'internal-error');
  if (internal.length > 0) throw new Error(`internal-error: ${internal[0]!.message}`);
  const valid = ConflictSchema.safeParse(conflict);
  if (!valid.success) throw new Error(`invalid Conflict: ${valid.error.message.slice(0, 300)}`);
}

// Each mutation is described by small numbers (fast-check prints and shrinks those, not 16 KB of text) and applied
// in the property.
const cut = fc.record({ page, at: fc.nat(), keep: fc.constantFrom('start', 'end') });
const cutText = ({ page, at: i, keep }: { page: number; at: number; keep: 'start' | 'end' }): string => {
  const { text } = pageAt(page);
  return keep === 'start' ? text.slice(0, at(text, i)) : text.slice(at(text, i));
};

const duplicate = fc.record({ page, from: fc.nat(), length: fc.nat({ max: 4000 }), to: fc.nat() });
const duplicateText = ({
  page,
  from,
  length,
  to,
}: {
  page: number;
  from: number;
  length: number;
  to: number;
}): string => {
  const { text } = pageAt(page);
  const span = text.slice(at(text, from), at(text, from) + length);
  return text.slice(0, at(text, to)) + span + text.slice(at(text, to));
};

const splice = fc.record({ first: page, second: page, end: fc.nat(), start: fc.nat() });
const spliceText = ({
  first,
  second,
  end,
  start,
}: {
  first: number;
  second: number;
  end: number;
  start: number;
}): string => {
  const a = pageAt(first).text;
  const b = pageAt(second).text;
  return a.slice(0, at(a, end)) + b.slice(at(b, start));
};

/** Openers and closers: an inserted one is left unmatched; a removed one unmatches the real one it closed or opened. */
const BRACKETS = [
  '{{',
  '}}',
  '[[',
  ']]',
  '<ref>',
  '</ref>',
  '<ref name="a">',
  '{|',
  '|}',
  '|-',
  '{{{',
  '}}}',
  '<!--',
  '-->',
  '<nowiki>',
  '</nowiki>',
];
const unbalance = fc.record({
  page,
  steps: fc.array(fc.record({ token: fc.constantFrom(...BRACKETS), remove: fc.boolean(), at: fc.nat() }), {
    minLength: 1,
    maxLength: 6,
  }),
});
const unbalanceText = ({
  page,
  steps,
}: {
  page: number;
  steps: { token: string; remove: boolean; at: number }[];
}): string =>
  steps.reduce((text, step) => {
    if (!step.remove) return text.slice(0, at(text, step.at)) + step.token + text.slice(at(text, step.at));
    const found: number[] = [];
    for (let i = text.indexOf(step.token); i >= 0; i = text.indexOf(step.token, i + 1)) found.push(i);
    if (found.length === 0) return text;
    const i = found[step.at % found.length]!;
    return text.slice(0, i) + text.slice(i + step.token.length);
  }, pageAt(page).text);

/** Lines of at most 100 characters, so that 10,000 copies stay near 1 MB (a long paragraph would make 20 MB). */
const repeatLine = fc.record({ page, line: fc.nat() });
function repeatedLine({
  page,
  line,
}: {
  page: number;
  line: number;
}): { file: string; line: string; make: (n: number) => string } | null {
  const lines = pageAt(page).text.split('\n');
  const short = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '' && l.length <= 100);
  if (short.length === 0) return null;
  const [text, index] = short[line % short.length]!;
  const before = lines.slice(0, index).join('\n');
  const after = lines.slice(index + 1).join('\n');
  return { file: pageAt(page).file, line: text, make: (n) => `${before}\n${`${text}\n`.repeat(n)}${after}` };
}

const check = <T>(arb: fc.Arbitrary<T>, mutate: (m: T) => string, n: number) =>
  fc.assert(
    fc.property(arb, (m) => holdContract(parseConflict(mutate(m)))),
    { numRuns: runs(n), seed: SEED },
  );

describe('fuzz from real articles: mutated corpus pages hold the contract', () => {
  it('reads the corpus', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
    expect(PAGES.filter((p) => p.text.includes('{{Infobox military conflict')).length).toBeGreaterThanOrEqual(15);
  });

  it('a page cut at a random point (its start or its end kept)', () => check(cut, cutText, 40), timeout(40, 500));
  it('a random span duplicated elsewhere in the page', () => check(duplicate, duplicateText, 40), timeout(40, 500));
  it('two pages spliced (the start of one, the end of another)', () => check(splice, spliceText, 40), timeout(40, 500));
  it(
    'brackets unbalanced ({{, [[, <ref>, {|, comments, nowiki inserted or removed)',
    () => check(unbalance, unbalanceText, 60),
    timeout(60, 500),
  );

  it(
    'one line repeated 10,000 times: the contract, and 4× the repeats take about 4× the time (2,500 vs 10,000)',
    () => {
      fc.assert(
        fc.property(repeatLine, (m) => {
          const repeated = repeatedLine(m);
          if (repeated === null) return;
          const g = measureGrowth(repeated.make, (text) => parseConflict(text), { small: 2_500, runs: 1, floor: 10 });
          holdContract(g.output);
          if (g.ratio >= GROWTH_LIMIT)
            throw new Error(`${repeated.file}, line ${JSON.stringify(repeated.line)}: ${describeGrowth(g)}`);
        }),
        { numRuns: runs(4), seed: SEED },
      );
    },
    timeout(4, 30_000),
  );
});
