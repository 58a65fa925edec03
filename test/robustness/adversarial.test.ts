// Linear time: adversarial strings (long digit runs, open parentheses, deep nesting, huge values) through every
// rule and vocabulary path parse in linear time — the count a case names and a quarter of it, in one process, must
// differ in time by less than 6× (a quadratic path gives ~16×; test/helpers/growth.ts) — with a valid Conflict and
// no internal-error at the full count.
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH, MAX_PARAMETERS } from '../../src/wikitext/limit-markup.js';
import { ConflictSchema, type Conflict } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth, type Growth } from '../helpers/growth.js';

/** A case: its name, the text for a count, and the count the name gives. */
type Case = [string, (n: number) => string, number];

const ADVERSARIAL: Case[] = [
  ['50,000 digits', (n) => '1'.repeat(n), 50_000],
  ['50,000 "("', (n) => '('.repeat(n), 50_000],
  ['"1,1,1,…" ×25,000', (n) => '1,'.repeat(n), 25_000],
  ['"1 1 1 …" ×25,000', (n) => '1 '.repeat(n), 25_000],
  ['"1-1-1-…" ×25,000', (n) => '1-'.repeat(n), 25_000],
  ['50,000 spaces then x', (n) => `${' '.repeat(n)}x`, 50_000],
  ['"(1 killed " ×5,000', (n) => '(1 killed '.repeat(n), 5_000],
  ['"killed " ×10,000', (n) => 'killed '.repeat(n), 10_000],
  ['"[[" ×25,000', (n) => '[['.repeat(n), 25_000],
  ['"{{" ×25,000', (n) => '{{'.repeat(n), 25_000],
  ['100 KB casualties', (n) => '1,000 killed (per Mali), '.repeat(n), 4_000],
  ['"<br>" ×10,000', (n) => '3 killed<br>'.repeat(n), 10_000],
  ['"<ref>" ×5,000 unclosed', (n) => '<ref>'.repeat(n), 5_000],
  ["\"'''\" ×10,000", (n) => "'''".repeat(n), 10_000],
  ['"[http://a.org " ×20,000 (external-link openers, never closed)', (n) => '[http://a.org '.repeat(n), 20_000],
  ['"http://a.org/x " ×20,000 (free links)', (n) => 'http://a.org/x '.repeat(n), 20_000],
  ['"<span a=1 …" with 16,000 attributes', (n) => `<span ${'a=1 '.repeat(n)}>x</span>`, 16_000],
];
const NESTED: Case[] = [
  ['10,000 nested "{{"', (n) => `${'{{a|'.repeat(n)}x${'}}'.repeat(n)}`, 10_000],
  ['10,000 nested "[["', (n) => `${'[['.repeat(n)}x${']]'.repeat(n)}`, 10_000],
  ['4,000 nested "{{a|[["', (n) => `${'{{a|[['.repeat(n)}${']]}}'.repeat(n)}`, 4_000],
  ['4,000 nested "[[a|{{b|"', (n) => `${'[[a|{{b|'.repeat(n)}x${'}}]]'.repeat(n)}`, 4_000],
  ['a template with 20,000 parameters', (n) => `{{a${'|b='.repeat(n)}}}`, 20_000],
  ['2,000 unclosed tables', (n) => '{|\n'.repeat(n), 2_000],
  ['a 16,000-row table', (n) => `{|\n${'|-\n| a || b\n'.repeat(n)}|}`, 16_000],
];

const FIELDS = ['casualties1', 'strength1', 'date', 'coordinates', 'place', 'combatant1', 'commander1', 'result'];
const infobox = (field: string, value: string) =>
  `{{Infobox military conflict\n| conflict = X\n| ${field} = ${value}\n}}\nLead.`;
const growths: [string, Growth<Conflict>][] = [];

/** The contract every parse holds: a valid Conflict and no internal-error. */
function holdsContract(conflict: Conflict): Conflict {
  expect(conflict.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
  expect(ConflictSchema.safeParse(conflict).success).toBe(true);
  return conflict;
}

/**
 * Parses the article `wrap` makes of the case's text at a quarter of its count and at the full count, checks the
 * growth, and gives the full count's Conflict. One timed run of each first (the cases are many; a ratio over the
 * limit is measured again with 11), a ladder from a sixteenth so that a quadratic path fails in seconds, and small
 * times floored at 10 ms: many of these parses take a few ms, and a parse after a collection varies by as much.
 */
function grown(label: string, [, make, count]: Case, wrap: (value: string) => string, format?: 'plain'): Conflict {
  const options = format ? { format } : {};
  const m = measureGrowth(
    (n) => wrap(make(n)),
    (text) => parseConflict(text, options),
    { small: count / 4, large: count, runs: 1, ladder: 1, floor: 10 },
  );
  growths.push([label, m]);
  expect(m.ratio, `${label}: ${describeGrowth(m)}`).toBeLessThan(GROWTH_LIMIT);
  return holdsContract(m.output);
}

afterAll(() => {
  const worst = [...growths].sort((a, b) => b[1].ratio - a[1].ratio).slice(0, 12);
  console.log(
    `adversarial: ${growths.length} growth checks, steepest:\n${worst.map(([l, m]) => `  ${m.ratio.toFixed(1).padStart(5)}×  ${l} (${describeGrowth(m)})`).join('\n')}`,
  );
});

describe.each(FIELDS)('infobox %s', (field) => {
  it.each(ADVERSARIAL)('%s', (name, make, count) => {
    const c = grown(`${field}: ${name}`, [name, make, count], (value) => infobox(field, value));
    expect(c.infobox === null || c.infobox.fields.length >= 1).toBe(true);
  });
});

describe('prose and plain format', () => {
  it.each(ADVERSARIAL)('article body: %s', (name, make, count) => {
    const c = grown(
      `body: ${name}`,
      [name, make, count],
      (value) => `${infobox('result', 'Victory')}\n\n${value}\n\n== After ==\nEnd.`,
    );
    expect(c.result).toBe('Victory');
  });
  it.each(ADVERSARIAL)('plain format value: %s', (name, make, count) => {
    const c = grown(
      `plain: ${name}`,
      [name, make, count],
      (value) => `= X =\n\nInfobox\n- Casualties1: ${value}\n- Result: Victory\n\nLead.`,
      'plain',
    );
    expect(c.result).toBe('Victory');
  });
});

describe('deep nesting and huge templates', () => {
  it.each(NESTED)('article body: %s', (name, make, count) => {
    const c = grown(
      `body: ${name}`,
      [name, make, count],
      (value) => `${infobox('result', 'Victory')}\n${value}\n\n== After ==\nEnd.`,
    );
    expect(c.result).toBe('Victory');
    expect(c.sections.map((s) => s.title)).toContain('After');
  });
  it('article body: 10,000 unclosed "{{a|"', () => {
    const c = grown(
      'body: 10,000 unclosed "{{a|"',
      ['', (n) => `${'{{a|'.repeat(n)}x`, 10_000],
      (value) => `${infobox('result', 'Victory')}\n${value}`,
    );
    expect(c.result).toBe('Victory');
  });
  it.each(NESTED)('casualties value: %s', (name, make, count) => {
    const c = grown(`casualties1: ${name}`, [name, make, count], (value) => infobox('casualties1', value));
    expect(c.infobox?.fields.map((f) => f.name)).toContain('casualties1');
  });

  it(`nesting deeper than ${MAX_MARKUP_DEPTH} is read as text, with a markup-limit warning`, () => {
    const c = holdsContract(parseConflict(`${infobox('result', 'Victory')}\n${'[['.repeat(30)}core${']]'.repeat(30)}`));
    expect(c.warnings.find((w) => w.code === 'markup-limit')?.message).toBe(
      `10 template or link pairs are nested deeper than ${MAX_MARKUP_DEPTH}; they were read as text.`,
    );
    expect(c.lead.join('\n')).toContain('[[[[[[[[[[core]]]]]]]]]]');
  });

  it(`parameters beyond ${MAX_PARAMETERS} stay in the last one's value as text`, () => {
    const extra = Array.from({ length: MAX_PARAMETERS + 5 }, (_, i) => `| x${i} = ${i}`).join('\n');
    const c = holdsContract(parseConflict(infobox('result', `Victory\n${extra}`)));
    expect(c.warnings.find((w) => w.code === 'markup-limit')?.message).toMatch(
      /more than 500 parameters; the 7 beyond that were read as text/,
    );
    const last = c.infobox?.fields[c.infobox.fields.length - 1];
    expect(last?.raw).toContain('&#124; x504 = 504');
  });
});

describe('line-shaped input (plain format, format detection)', () => {
  const tabs = (n: number) => '\t'.repeat(n);
  type Read = { detected: string; title: string; warnings: string[] };
  it.each<[...Case, Read]>([
    [
      'a title line of 50,000 tabs',
      (n) => `=${tabs(n)}x\n\nLead.`,
      50_000,
      { detected: 'wikitext', title: '', warnings: ['plain-format', 'no-infobox'] },
    ],
    [
      'a heading line of 50,000 tabs',
      (n) => `= X =\n\n==${tabs(n)}x\n\nLead.`,
      50_000,
      { detected: 'plain', title: 'X', warnings: ['no-infobox'] },
    ],
    [
      'a field line of 50,000 tabs without colon',
      (n) => `= X =\n\nInfobox\n-${tabs(n)}x\n\nLead.`,
      50_000,
      { detected: 'plain', title: 'X', warnings: ['plain-format'] },
    ],
    [
      'a field key of 50,000 tabs',
      (n) => `= X =\n\nInfobox\n-${tabs(n)}x: 3 killed\n\nLead.`,
      50_000,
      { detected: 'plain', title: 'X', warnings: ['unknown-field'] },
    ],
    [
      'a title of 50,000 "=" each side',
      (n) => `${'='.repeat(n)}x${'='.repeat(n)}`,
      50_000,
      { detected: 'wikitext', title: '', warnings: ['plain-format', 'no-infobox'] },
    ],
  ])('%s (plain and detected)', (name, make, count, read) => {
    const plain = grown(`plain: ${name}`, [name, make, count], (text) => text, 'plain');
    const detected = grown(`detected: ${name}`, [name, make, count], (text) => text);
    expect({ detected: detected.format, title: plain.title, warnings: plain.warnings.map((w) => w.code) }).toEqual(
      read,
    );
  });
});
