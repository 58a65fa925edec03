// Property-based tests: any string, wikitext-like token soup and mutated fixture articles all give a valid
// Conflict and no internal-error. Fixed seeds; FUZZ_RUNS=100000 (and FUZZ_SEED) for a longer run. Speed is not
// timed here (no absolute times in unit tests): corpus-fuzz.test.ts checks the growth of a repeated line, the
// growth tests every shape.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictSchema } from '../../src/model/conflict.js';
import { parseConflict } from '../../src/parse-conflict.js';

/** Runs per property: the default keeps this file near 30 s on a busy 2-core machine. */
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_260_000;
const runs = (n: number) => RUNS ?? n;
const timeout = (n: number) => Math.max(60_000, runs(n) * 100);

/** The contract every input must hold. */
function holdsContract(text: string, options: { format?: 'plain' | 'wikitext'; sections?: boolean } = {}): void {
  const conflict = parseConflict(text, options);
  const internal = conflict.warnings.filter((w) => w.code === 'internal-error');
  if (internal.length > 0) throw new Error(`internal-error: ${internal[0]!.message}`);
  const valid = ConflictSchema.safeParse(conflict);
  if (!valid.success) throw new Error(`invalid Conflict: ${valid.error.message.slice(0, 300)}`);
}

const check = (arb: fc.Arbitrary<string>, n: number, options = {}) =>
  fc.assert(
    fc.property(arb, (text) => holdsContract(text, options)),
    { numRuns: runs(n), seed: SEED },
  );

// Wikitext tokens, with the markup most likely to confuse a reader: unbalanced openers, refs, comments, tables.
const TOKENS = [
  '{{',
  '}}',
  '{{{',
  '}}}',
  '[[',
  ']]',
  '[',
  ']',
  '|',
  '=',
  '==',
  '\n',
  '\n\n',
  ' ',
  '\t',
  "'''",
  "''",
  '<ref>',
  '</ref>',
  '<ref name=a/>',
  '<ref name="b">',
  '<nowiki>',
  '</nowiki>',
  '<!--',
  '-->',
  '<br>',
  '<br/>',
  '{|',
  '|}',
  '|-',
  '!',
  '*',
  '#',
  ':',
  ';',
  '&nbsp;',
  '&#123;',
  '&amp;',
  '-',
  '–',
  '(',
  ')',
  ',',
  '.',
  '/',
  '0',
  '1',
  '3',
  '1,000',
  '12',
  '1916',
  'c.',
  'BC',
  'killed',
  'wounded',
  'captured',
  'per',
  'at least',
  'Mali',
  '{{flagicon|FRA}}',
  '{{convert|3|km}}',
  '{{plainlist|',
  '{{ubl|',
  '{{efn|',
  '{{sfn|A|2001|p=3}}',
  '{{coord|',
  '{{Infobox military conflict',
  'casualties1',
  'strength2',
  'combatant1',
  'commander1',
  'date',
  'place',
  'coordinates',
  'result',
  '__proto__',
  'constructor',
  'Ελλάδα',
  'معركة',
  '日本',
  '\u0000',
  '\uD800',
  '\uFEFF',
  '\r\n',
  '\r',
];
const INFOBOX_LINES = [
  'conflict',
  'date',
  'place',
  'coordinates',
  'result',
  'combatant1',
  'combatant2',
  'commander1',
  'strength1',
  'strength2',
  'casualties1',
  'casualties2',
  'casualties3',
  'units1',
  'partof',
  'territory',
];

const soup = (max: number) => fc.array(fc.constantFrom(...TOKENS), { maxLength: max }).map((t) => t.join(''));
const infoboxSoup = fc
  .array(fc.tuple(fc.constantFrom(...INFOBOX_LINES), soup(12)), { maxLength: 12 })
  .map(
    (fields) =>
      `{{Infobox military conflict\n${fields.map(([k, v]) => `| ${k} = ${v}`).join('\n')}\n}}\nLead.\n\n== Aftermath ==\nText.`,
  );
const plainSoup = fc
  .array(fc.tuple(fc.constantFrom(...INFOBOX_LINES), soup(8)), { maxLength: 10 })
  .map(
    (fields) =>
      `= Title =\n\nInfobox\n${fields.map(([k, v]) => `- ${k[0]!.toUpperCase()}${k.slice(1)}: ${v.replace(/\n/g, ' ')}`).join('\n')}\n\nLead.`,
  );
/** Any UTF-16 code unit, lone surrogates and controls included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

// The fixture articles, cut to the infobox and the start of the prose so that a parse takes milliseconds.
const FIXTURES = readdirSync(new URL('../../fixtures/', import.meta.url))
  .filter((f) => /\.(wiki|txt)$/.test(f))
  .map((f) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8'))
  .map((text) => {
    const start = Math.max(0, text.search(/\{\{\s*Infobox/i));
    return text.slice(start, start + 6000);
  });
const PARAM_LINE = /^\|[ \t]*([^=\n|]{1,40}?)[ \t]*=/gm;

type Mutation = (text: string, r: { at: number; len: number; pick: number }) => string;
const MUTATIONS: Record<string, Mutation> = {
  cut: (t, r) => t.slice(0, r.at % (t.length + 1)),
  'cut-start': (t, r) => t.slice(r.at % (t.length + 1)),
  'delete-range': (t, r) => t.slice(0, r.at % (t.length + 1)) + t.slice((r.at % (t.length + 1)) + r.len),
  'insert-braces': (t, r) =>
    insertAt(t, r.at, ['{{', '}}', '[[', ']]', '{|', '<ref>', '<!--', '<nowiki>', '|', '='][r.pick % 10]!),
  'duplicate-parameter': (t, r) => {
    const lines = t.split('\n');
    const params = lines.map((l, i) => (l.startsWith('|') ? i : -1)).filter((i) => i >= 0);
    if (params.length === 0) return t;
    const i = params[r.pick % params.length]!;
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  },
  'rename-parameter': (t, r) => {
    let n = 0;
    const names = [
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'casualties1',
      'strength1',
      'date',
      '1',
      '',
      'combatant9',
      'CASUALTIES2',
    ];
    return t.replace(PARAM_LINE, (whole) => (n++ === r.pick % 40 ? `| ${names[r.at % names.length]} =` : whole));
  },
  'swap-halves': (t, r) => {
    const at = r.at % (t.length + 1);
    return t.slice(at) + t.slice(0, at);
  },
  'repeat-range': (t, r) => {
    const at = r.at % (t.length + 1);
    return t.slice(0, at) + t.slice(at, at + r.len).repeat(1 + (r.pick % 20)) + t.slice(at);
  },
};
function insertAt(t: string, at: number, s: string): string {
  const i = at % (t.length + 1);
  return t.slice(0, i) + s + t.slice(i);
}
const mutated = fc
  .tuple(
    fc.constantFrom(...FIXTURES.keys()),
    fc.array(
      fc.tuple(
        fc.constantFrom(...Object.keys(MUTATIONS)),
        fc.record({ at: fc.nat(), len: fc.nat({ max: 400 }), pick: fc.nat() }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([f, steps]) => steps.reduce((text, [name, r]) => MUTATIONS[name]!(text, r), FIXTURES[f]!));

describe('fuzz: parseConflict holds its contract', () => {
  it('arbitrary strings (fc.string)', () => check(fc.string({ maxLength: 300 }), 1500), timeout(1500));
  it('arbitrary full-Unicode strings', () => check(fc.string({ unit: 'binary', maxLength: 300 }), 1200), timeout(1200));
  it('arbitrary UTF-16 code units (lone surrogates, controls)', () => check(codeUnits, 1200), timeout(1200));
  it('wikitext token soup', () => check(soup(150), 2000), timeout(2000));
  it(
    'wikitext token soup, infobox only (sections: false)',
    () => check(soup(150), 600, { sections: false }),
    timeout(600),
  );
  it('conflict infoboxes with token-soup values', () => check(infoboxSoup, 1200), timeout(1200));
  it('plain-format articles with token-soup values', () => check(plainSoup, 800), timeout(800));
  it('token soup read as the plain format', () => check(soup(100), 500, { format: 'plain' }), timeout(500));
  it(
    'mutated fixture articles (cut, duplicated and renamed parameters, inserted braces)',
    () => check(mutated, 500),
    timeout(500),
  );

  it('a failing property reports its seed (so a CI failure can be replayed)', () => {
    const details = fc.check(
      fc.property(fc.nat(), (n) => n < 10),
      { seed: SEED, numRuns: 100 },
    );
    expect(details.failed).toBe(true);
    expect(details.seed).toBe(SEED);
  });
});
