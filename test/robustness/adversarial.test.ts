// Linear time: adversarial strings (long digit runs, open parentheses, deep nesting, huge values) through every
// rule and vocabulary path finish well within a bound, with a valid Conflict and no internal-error.
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH, MAX_PARAMETERS } from '../../src/01-detect/limit-markup.js';
import { ConflictSchema } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';

/** Generous for a busy 2-core CI machine; the measured times are printed at the end (most are well under 1 s). */
const MAX_MS = 5000;

const ADVERSARIAL: [string, string][] = [
  ['50,000 digits', '1'.repeat(50_000)],
  ['50,000 "("', '('.repeat(50_000)],
  ['"1,1,1,…" ×25,000', '1,'.repeat(25_000)],
  ['"1 1 1 …" ×25,000', '1 '.repeat(25_000)],
  ['"1-1-1-…" ×25,000', '1-'.repeat(25_000)],
  ['50,000 spaces then x', `${' '.repeat(50_000)}x`],
  ['"(1 killed " ×5,000', '(1 killed '.repeat(5_000)],
  ['"killed " ×10,000', 'killed '.repeat(10_000)],
  ['"[[" ×25,000', '[['.repeat(25_000)],
  ['"{{" ×25,000', '{{'.repeat(25_000)],
  ['100 KB casualties', '1,000 killed (per Mali), '.repeat(4_000)],
  ['"<br>" ×10,000', '3 killed<br>'.repeat(10_000)],
  ['"<ref>" ×5,000 unclosed', '<ref>'.repeat(5_000)],
  ["\"'''\" ×10,000", "'''".repeat(10_000)],
  ['"[http://a.org " ×20,000 (external-link openers, never closed)', '[http://a.org '.repeat(20_000)],
  ['"http://a.org/x " ×20,000 (free links)', 'http://a.org/x '.repeat(20_000)],
  ['"<span a=1 …" with 16,000 attributes', `<span ${'a=1 '.repeat(16_000)}>x</span>`],
];
const NESTED: [string, string][] = [
  ['10,000 nested "{{"', `${'{{a|'.repeat(10_000)}x${'}}'.repeat(10_000)}`],
  ['10,000 nested "[["', `${'[['.repeat(10_000)}x${']]'.repeat(10_000)}`],
  ['4,000 nested "{{a|[["', `${'{{a|[['.repeat(4_000)}${']]}}'.repeat(4_000)}`],
  ['4,000 nested "[[a|{{b|"', `${'[[a|{{b|'.repeat(4_000)}x${'}}]]'.repeat(4_000)}`],
  ['a template with 20,000 parameters', `{{a${'|b='.repeat(20_000)}}}`],
  ['2,000 unclosed tables', '{|\n'.repeat(2_000)],
  ['a 16,000-row table', `{|\n${'|-\n| a || b\n'.repeat(16_000)}|}`],
];

const FIELDS = ['casualties1', 'strength1', 'date', 'coordinates', 'place', 'combatant1', 'commander1', 'result'];
const infobox = (field: string, value: string) => `{{Infobox military conflict\n| conflict = X\n| ${field} = ${value}\n}}\nLead.`;
const timings: [string, number][] = [];

function timed(label: string, text: string, format?: 'plain'): ReturnType<typeof parseConflict> {
  const t0 = performance.now();
  const conflict = parseConflict(text, format ? { format } : {});
  const ms = performance.now() - t0;
  timings.push([label, ms]);
  expect(ms, label).toBeLessThan(MAX_MS);
  expect(conflict.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
  expect(ConflictSchema.safeParse(conflict).success).toBe(true);
  return conflict;
}

afterAll(() => {
  const worst = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`adversarial: ${timings.length} parses, slowest:\n${worst.map(([l, ms]) => `  ${ms.toFixed(0).padStart(5)} ms  ${l}`).join('\n')}`);
});

describe.each(FIELDS)('infobox %s', (field) => {
  it.each(ADVERSARIAL)('%s', (name, value) => {
    const c = timed(`${field}: ${name}`, infobox(field, value));
    expect(c.infobox === null || c.infobox.fields.length >= 1).toBe(true);
  });
});

describe('prose and plain format', () => {
  it.each(ADVERSARIAL)('article body: %s', (name, value) => {
    const c = timed(`body: ${name}`, `${infobox('result', 'Victory')}\n\n${value}\n\n== After ==\nEnd.`);
    expect(c.result).toBe('Victory');
  });
  it.each(ADVERSARIAL)('plain format value: %s', (name, value) => {
    const c = timed(`plain: ${name}`, `= X =\n\nInfobox\n- Casualties1: ${value}\n- Result: Victory\n\nLead.`, 'plain');
    expect(c.result).toBe('Victory');
  });
});

describe('deep nesting and huge templates', () => {
  it.each(NESTED)('article body: %s', (name, value) => {
    const c = timed(`body: ${name}`, `${infobox('result', 'Victory')}\n${value}\n\n== After ==\nEnd.`);
    expect(c.result).toBe('Victory');
    expect(c.sections.map((s) => s.title)).toContain('After');
  });
  it.each(NESTED)('casualties value: %s', (name, value) => {
    timed(`casualties1: ${name}`, infobox('casualties1', value));
  });

  it(`nesting deeper than ${MAX_MARKUP_DEPTH} is read as text, with a markup-limit warning`, () => {
    const c = timed('deep text kept', `${infobox('result', 'Victory')}\n${'[['.repeat(30)}core${']]'.repeat(30)}`);
    expect(c.warnings.find((w) => w.code === 'markup-limit')?.message).toBe(`10 template or link pairs are nested deeper than ${MAX_MARKUP_DEPTH}; they were read as text.`);
    expect(c.lead.join('\n')).toContain('[[[[[[[[[[core]]]]]]]]]]');
  });

  it(`parameters beyond ${MAX_PARAMETERS} stay in the last one's value as text`, () => {
    const extra = Array.from({ length: MAX_PARAMETERS + 5 }, (_, i) => `| x${i} = ${i}`).join('\n');
    const c = timed('many parameters', infobox('result', `Victory\n${extra}`));
    expect(c.warnings.find((w) => w.code === 'markup-limit')?.message).toMatch(/more than 500 parameters; the 7 beyond that were read as text/);
    const last = c.infobox?.fields[c.infobox.fields.length - 1];
    expect(last?.raw).toContain('&#124; x504 = 504');
  });
});

describe('line-shaped input (plain format, format detection)', () => {
  const tabs = '\t'.repeat(50_000);
  it.each([
    ['a title line of tabs', `=${tabs}x\n\nLead.`],
    ['a heading line of tabs', `= X =\n\n==${tabs}x\n\nLead.`],
    ['a field line of tabs without colon', `= X =\n\nInfobox\n-${tabs}x\n\nLead.`],
    ['a field key of tabs', `= X =\n\nInfobox\n-${tabs}x: 3 killed\n\nLead.`],
    ['a title of "=" runs', `${'='.repeat(50_000)}x${'='.repeat(50_000)}`],
  ])('%s (plain and detected)', (name, text) => {
    timed(`plain: ${name}`, text, 'plain');
    timed(`detected: ${name}`, text);
  });
});
