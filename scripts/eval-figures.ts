// Script: score the figure splitter on the hand-labelled casualty strings (fixtures/casualties/).
// Scoring rules: fixtures/casualties/README.md. Exits non-zero below F1 0.97 or source accuracy 0.95.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Figure } from '../src/model/figure.js';
import { parseCasualties } from '../src/parse-casualties.js';
import { fixturePath } from './_lib/corpus.js';

export interface LabelledFigure {
  kind: string;
  min: number | null;
  max: number | null;
  source?: string | null;
  subject?: string | null;
  approximate?: boolean;
}

export interface LabelledCase {
  text: string;
  file?: string;
  title?: string;
  field?: string;
  figures: LabelledFigure[];
  optional?: LabelledFigure[];
}

export interface Score {
  hits: number;
  produced: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
  sourceAccuracy: number;
  subjectAccuracy: number;
  approximateAccuracy: number;
  /** One line per miss or false positive, for reading. */
  errors: string[];
}

export const DEFAULT_FILES = [
  fixturePath('casualties', 'labeled.jsonl'),
  fixturePath('casualties', 'corpus-labeled.jsonl'),
  // Our own labelled strings, written as new families (other parties, numbers, orders), not copies of the above.
  fixturePath('casualties', 'heldout.jsonl'),
  // Real values drawn at random from infobox-values.jsonl and labelled blind (fixtures/README.md gives the seeds).
  fixturePath('casualties', 'blind-sample.jsonl'),
  fixturePath('casualties', 'blind-sample-2.jsonl'),
  fixturePath('casualties', 'blind-sample-3.jsonl'),
];
export const THRESHOLDS = { f1: 0.97, source: 0.95 };

/** Reads a JSON Lines file of labelled cases. */
export function readCases(path: string): LabelledCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledCase);
}

/** Source as compared: case-insensitive, a leading "the" and trailing punctuation ignored. */
export function normaliseSource(s: string | null | undefined): string {
  return (s ?? '')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s.,;:!?)\]'"]+$/, '')
    .trim();
}

/** Subject as compared: case-insensitive, singular and plural alike. */
export function normaliseSubject(s: string | null | undefined): string {
  return (s ?? '')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w) =>
      /men$/.test(w) && w.length > 4
        ? `${w.slice(0, -3)}man`
        : /ies$/.test(w) && w.length > 4
          ? `${w.slice(0, -3)}y`
          : /(?:ches|shes|sses|xes)$/.test(w)
            ? w.slice(0, -2)
            : /[^s]s$/.test(w)
              ? w.slice(0, -1)
              : w,
    )
    .join(' ');
}

/** How a labelled case is split: its text, and the case for its field. */
export type Splitter = (text: string, labelled: LabelledCase) => Figure[];

/** A strengthN field is split in strength mode, every other field (and a case with none) as casualties. */
export const splitCase: Splitter = (text, labelled) =>
  parseCasualties(text, { mode: /^(?:pol|mil)?strength/.test(labelled.field ?? '') ? 'strength' : 'casualties' });

const same = (
  a: { kind: string; min: number | null; max: number | null },
  b: { kind: string; min: number | null; max: number | null },
): boolean => a.kind === b.kind && a.min === b.min && a.max === b.max;

/**
 * Scores `split` on labelled cases: precision/recall/F1 on kind+min+max, then source, subject and approximate
 * accuracy over the matched figures. Figures with neither min nor max are not scored.
 * @example scoreCases(readCases(DEFAULT_FILES[0]!)).f1
 */
export function scoreCases(cases: readonly LabelledCase[], split: Splitter = splitCase): Score {
  let hits = 0;
  let produced = 0;
  let expected = 0;
  let sourceOk = 0;
  let subjectN = 0;
  let subjectOk = 0;
  let approxN = 0;
  let approxOk = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const out = split(c.text, c).filter((f) => f.min !== null || f.max !== null);
    const wanted = c.figures.filter((f) => f.min !== null || f.max !== null);
    const optional = [...(c.optional ?? [])];
    const free = [...wanted];
    expected += wanted.length;
    const where = `${(c.file ?? c.title) ? `${c.file ?? c.title} ${c.field} ` : ''}${JSON.stringify(c.text.slice(0, 70))}`;
    for (const f of out) {
      const i = free.findIndex((w) => same(w, f));
      if (i >= 0) {
        const w = free.splice(i, 1)[0]!;
        hits++;
        produced++;
        if (normaliseSource(w.source) === normaliseSource(f.source)) sourceOk++;
        else
          errors.push(
            `source  ${where}: ${f.kind} ${f.min}-${f.max} got ${JSON.stringify(f.source)} want ${JSON.stringify(w.source ?? null)}`,
          );
        if (w.subject != null) {
          subjectN++;
          if (normaliseSubject(w.subject) === normaliseSubject(f.subject)) subjectOk++;
          else errors.push(`subject ${where}: got ${JSON.stringify(f.subject)} want ${JSON.stringify(w.subject)}`);
        }
        if (w.approximate !== undefined) {
          approxN++;
          if (w.approximate === f.approximate) approxOk++;
          else errors.push(`approx  ${where}: ${f.kind} ${f.min}-${f.max} got ${f.approximate}`);
        }
        continue;
      }
      const o = optional.findIndex((w) => same(w, f));
      if (o >= 0) {
        optional.splice(o, 1);
        continue;
      }
      produced++;
      errors.push(`extra   ${where}: ${f.kind} ${f.min}-${f.max} (${f.rule}) ${JSON.stringify(f.text)}`);
    }
    for (const w of free) errors.push(`missed  ${where}: ${w.kind} ${w.min}-${w.max}`);
  }
  const precision = produced === 0 ? 1 : hits / produced;
  const recall = expected === 0 ? 1 : hits / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    hits,
    produced,
    expected,
    precision,
    recall,
    f1,
    sourceAccuracy: hits === 0 ? 1 : sourceOk / hits,
    subjectAccuracy: subjectN === 0 ? 1 : subjectOk / subjectN,
    approximateAccuracy: approxN === 0 ? 1 : approxOk / approxN,
    errors,
  };
}

function format(name: string, s: Score): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return `${name.padEnd(24)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  source ${pct(s.sourceAccuracy)}  subject ${pct(s.subjectAccuracy)}  approx ${pct(s.approximateAccuracy)}  (${s.hits}/${s.expected} hit, ${s.produced} produced)`;
}

/** Prints the scores of every file and overall; returns the process exit code. */
export function runEval(
  files: readonly string[] = DEFAULT_FILES,
  split: Splitter = splitCase,
  verbose = false,
): number {
  const all: LabelledCase[] = [];
  for (const file of files) {
    const cases = readCases(file);
    all.push(...cases);
    const s = scoreCases(cases, split);
    console.log(format(file.split('/').pop()!, s));
    if (verbose) for (const e of s.errors) console.log(`  ${e}`);
  }
  const total = scoreCases(all, split);
  console.log(format('overall', total));
  const ok = total.f1 >= THRESHOLDS.f1 && total.sourceAccuracy >= THRESHOLDS.source;
  if (!ok) console.log(`FAIL: needs F1 ≥ ${THRESHOLDS.f1} and source accuracy ≥ ${THRESHOLDS.source}.`);
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v') || args.includes('--verbose');
  const files = args.filter((a) => !a.startsWith('-'));
  process.exitCode = runEval(files.length > 0 ? files : DEFAULT_FILES, undefined, verbose);
}
