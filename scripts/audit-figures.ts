// Script: audit the figure splitter on every real casualties/strength value (fixtures/casualties/infobox-values.jsonl).
// No labels: each check is an invariant that no right answer breaks (a year counted as a figure, a "million"
// figure below 100,000 …). Prints each family's count, a seeded sample of its cases to read by eye, and the
// slowest values (timed on a second, warm pass). `npm run audit:figures [-- --sample N] [-- --all]`; exits non-zero when a value throws or takes
// over 100 ms.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cleanWikitext } from '../src/clean/clean-wikitext.js';
import { splitFigures } from '../src/04-figures/split-figures.js';
import { createContext } from '../src/_lib/context.js';
import type { Figure } from '../src/model/figure.js';
import { fixturePath } from './_lib/corpus.js';

export interface InfoboxValue {
  title: string;
  field: string;
  text: string;
}

export interface Finding {
  family: string;
  value: InfoboxValue;
  detail: string;
}

// years that can only be dates: alone in parentheses, a header's `1942:`, `1591–98`, after a month or season
const YEAR_PERIOD =
  /\((1\d{3}|20\d{2})(?:\s*[–—-]\s*\d{2,4})?\)|^\s*(1\d{3}|20\d{2})(?:\s*[–—-]\s*\d{2,4})?\s*:|(?<![\d,.])(1\d{3}|20\d{2})\s*[–—-]\s*\d{2}(?!\d)|(?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|winter)\s+(1\d{3}|20\d{2})/gim;
const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bmillions?\b|\bmn\b/i, 100_000],
  [/\bbillions?\b|\bbn\b/i, 100_000_000],
  [/\blakhs?\b/i, 10_000],
  [/\bcrores?\b/i, 1_000_000],
];
const TOTAL_THEN_KIND =
  /\btotal\s+(?:dead|killed|deaths|wounded|injured|captured|prisoners|missing|losses|casualties)\b/i;
// Names of sides and peoples: a header with one of these names a combatant (a party), never who claims a figure.
const COMBATANT_WORDS =
  /^(?:(?:other\s+)?(?:allied|allies|axis|coalition|un|union|confederate|confederates|rebels?|royalists?|parliamentarians?|crusaders?|insurgents?)|(?:\p{L}+\s+)?(?:army|forces|troops|navy|fleet))$/iu;
const DEMONYM =
  /^(?:american|austrian|british|english|french|german|italian|japanese|ottoman|prussian|roman|russian|soviet|spanish|swedish|polish|dutch|danish|chinese|mongol|song|jin|tang|ming|qing|greek|persian|byzantine|arab|turkish|scottish|irish|hungarian|bavarian|saxon|imperial|swiss|portuguese|venetian|norman|frankish|hunnic|macedonian|athenian|spartan|carthaginian|korean|vietnamese|indian|mughal|maratha|sikh|afghan|egyptian|israeli|syrian|iraqi|iranian)s?$/iu;
const PHASE =
  /^(?:initial(?:ly)?|at (?:the )?(?:start|beginning|end|time)\b.*|final(?:ly)?|peak|later|reinforcements?|at its height|maximum|by the end.*)$/iu;

function isCombatantName(source: string): boolean {
  return COMBATANT_WORDS.test(source) || DEMONYM.test(source);
}

/** Checks one value's figures against the invariants; returns what broke. */
export function auditValue(value: InfoboxValue, figures: readonly Figure[], unparsed: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const add = (family: string, detail: string): void => {
    out.push({ family, value, detail });
  };
  const periods = new Set<number>();
  for (const m of value.text.matchAll(YEAR_PERIOD)) periods.add(Number(m[1] ?? m[2] ?? m[3] ?? m[4]));
  for (const f of figures) {
    const label = `${f.kind} ${f.min}–${f.max} "${f.text.slice(0, 60)}"`;
    const n = f.min ?? f.max;
    if (n !== null && periods.has(n) && !/(?:^|\D)\d{1,3},\d{3}/.test(f.text.slice(0, 12)))
      add('period-counted', label);
    for (const [scale, below] of SCALES) if (scale.test(f.text) && n !== null && n < below) add('scale-lost', label);
    if (f.kind === 'casualties' && f.total && TOTAL_THEN_KIND.test(f.text)) add('total-over-kind', label);
    if (
      f.source !== null &&
      isCombatantName(f.source.trim()) &&
      new RegExp(`(?:^|\\n|')\\s*${escapeRe(f.source.trim())}\\s*'*:`, 'iu').test(value.text)
    )
      add('combatant-as-source', `${label} source ${JSON.stringify(f.source)}`);
    if (f.source !== null && PHASE.test(f.source.trim()))
      add('phase-as-source', `${label} source ${JSON.stringify(f.source)}`);
    if (f.source !== null && /\boob\b|order of battle/i.test(f.source))
      add('oob-as-source', `${label} source ${JSON.stringify(f.source)}`);
    if (unbalanced(f.text)) add('stray-bracket', label);
  }
  // a figure read from inside another figure's parenthesis, with the same kind: a breakdown, not a new count
  for (const f of figures) {
    for (const g of figures) {
      if (f === g || g.kind !== f.kind || f.min === null || g.min === null) continue;
      const open = g.text.indexOf('(');
      if (open >= 0 && g.text.slice(open).includes(f.text) && f.min < g.min) {
        add('sub-count', `${f.kind} ${f.min} inside "${g.text.slice(0, 60)}"`);
        break;
      }
    }
  }
  for (const line of unparsed) add('unparsed-line', line);
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unbalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return true;
  }
  return false;
}

/** Splits one value as `parseConflict` does for its field, timing it; the unparsed-figure warnings come back too. */
export function splitValue(value: InfoboxValue): { figures: Figure[]; unparsed: string[]; ms: number } {
  const ctx = createContext();
  const mode = /^(?:pol|mil)?strength/.test(value.field) ? 'strength' : 'casualties';
  const t0 = performance.now();
  const figures = splitFigures(cleanWikitext(value.text, ctx), { mode, field: value.field }, ctx);
  const ms = performance.now() - t0;
  return { figures, unparsed: ctx.warnings.filter((w) => w.code === 'unparsed-figure').map((w) => w.message), ms };
}

/** A seeded sample (mulberry32) so a reader sees the same cases run after run. */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

export const FAMILIES = [
  'period-counted',
  'scale-lost',
  'total-over-kind',
  'combatant-as-source',
  'phase-as-source',
  'oob-as-source',
  'sub-count',
  'stray-bracket',
  'unparsed-line',
] as const;

/** Runs the audit; returns the exit code. */
export function runAudit(
  path = fixturePath('casualties', 'infobox-values.jsonl'),
  samplePerFamily = 5,
  all = false,
): number {
  const values = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as InfoboxValue);
  const findings: Finding[] = [];
  const timings: Array<{ value: InfoboxValue; ms: number }> = [];
  const thrown: Array<{ value: InfoboxValue; error: string }> = [];
  let figures = 0;
  // one untimed pass first: the first values would otherwise carry the regular expressions' compile and the JIT
  for (const value of values) {
    try {
      splitValue(value);
    } catch {
      // reported by the timed pass
    }
  }
  for (const value of values) {
    try {
      const r = splitValue(value);
      figures += r.figures.length;
      timings.push({ value, ms: r.ms });
      findings.push(...auditValue(value, r.figures, r.unparsed));
    } catch (error) {
      thrown.push({ value, error: String(error) });
    }
  }
  console.log(`${values.length} values, ${figures} figures, ${thrown.length} threw`);
  for (const family of FAMILIES) {
    const found = findings.filter((f) => f.family === family);
    console.log(`\n## ${family}: ${found.length}`);
    for (const f of all ? found : sample(found, samplePerFamily, 13))
      console.log(
        `  ${f.value.title} ${f.value.field}: ${f.detail}\n    ${JSON.stringify(f.value.text.slice(0, 160))}`,
      );
  }
  timings.sort((a, b) => b.ms - a.ms);
  const slow = timings.filter((t) => t.ms > 100);
  console.log(`\n## slowest (${slow.length} over 100 ms)`);
  for (const t of timings.slice(0, 5))
    console.log(`  ${t.ms.toFixed(1)} ms  ${t.value.title} ${t.value.field} (${t.value.text.length} chars)`);
  for (const t of thrown) console.log(`  THREW ${t.value.title} ${t.value.field}: ${t.error}`);
  return thrown.length > 0 || slow.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const n = args.indexOf('--sample');
  process.exitCode = runAudit(undefined, n >= 0 ? Number(args[n + 1]) : 5, args.includes('--all'));
}
