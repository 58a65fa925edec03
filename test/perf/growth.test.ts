// Every stage is linear on every input shape: each shape, repeated to n and to 4n bytes, is parsed in one process and
// the time ratio must stay under 6 (a linear stage gives ~4, a quadratic one ~16). The shapes come from the
// grammar's own tables — every figure rule's and kind word's examples, every template rule's first example — plus
// the shapes that once were quadratic (issue 15) and prose markup, each in the place it is read: a casualties
// field, another infobox field, or the article's body.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { KIND_WORDS } from '../../src/05-figures/_data/kinds.js';
import { PREFIX_QUALIFIERS } from '../../src/05-figures/_data/numbers.js';
import { FIGURE_RULES } from '../../src/05-figures/rules/figure-rules.js';
import { TEMPLATE_RULES } from '../../src/03-clean/_data/templates/index.js';
import { parseConflict } from '../../src/index.js';

type Place = 'casualties' | 'field' | 'body';

function article(place: Place, body: string): string {
  const box = (extra: string) => `{{Infobox military conflict\n| conflict = X\n| combatant1 = A\n| combatant2 = B\n${extra}}}\n`;
  if (place === 'casualties') return `${box(`| casualties1 = ${body}\n`)}Lead.\n`;
  if (place === 'field') return `${box(`| place = ${body}\n| result = ${body}\n`)}Lead.\n`;
  return `${box('')}${body}\n== Aftermath ==\nText.\n`;
}

const shapes = new Map<string, Place>();
const add = (shape: string, place: Place): void => {
  if (!shapes.has(shape)) shapes.set(shape, place);
};
// the grammar's own rules and vocabulary, each example run together with the separators real values use; the
// suite takes every figure rule and kind word and every fourth template rule (GROWTH_ALL=1: every template rule,
// about 125 shapes and three minutes)
const all = process.env.GROWTH_ALL === '1';
for (const rule of FIGURE_RULES) add(`${rule.examples[0]!.text} `, 'casualties');
for (const entry of KIND_WORDS) add(`${entry.examples[0]!}<br>`, 'casualties');
for (const q of PREFIX_QUALIFIERS) add(`${q.examples[0]!}, `, 'casualties');
TEMPLATE_RULES.forEach((rule, i) => {
  if (rule.examples[0] && (all || i % 4 === 0)) add(`${rule.examples[0][0]} `, 'field');
});
// the shapes issue 15 measured as quadratic
for (const s of [
  '1 killed ', '1 killed (x) ', '1 killed (1601–1603) ', '1 killed<ref>x</ref> ', 'between 1 and 2 killed ',
  '3 civilians killed ', '1 killed / ', '1 killed. ', '1 killed\n', '1 killed<ref>x</ref><br>',
  '{{flagicon|France}} [[France]] 1 killed<br>', "'''A:''' 1 killed<br>", '* A: 1 killed\n', '(1 killed)<br>',
  '1 killed (20 released, 2 executed) ', '1,000 (1943)<br>', '2.5–4 million ', 'May 1944:<br>1 killed<br>',
]) add(s, 'casualties');
for (const s of ['a<ref>b ', 'a<nowiki>b ', 'a<math>b ', 'a<ref name=x>b ', 'ISBN 978-0-306-40615-7 x ', '[http://a.b/c d] ', '[[a|b]] ', "'''a''' ''b'' ", '* a\n** b\n', '{|\n|a\n|}\n', '== a ==\nb\n', '<ref>{{cite book|title=T}}</ref> ', '{{sfn|A|2001|p=1}} '])
  add(s, 'body');

const KB = 1024;

function textOf(shape: string, place: Place, bytes: number): string {
  return article(place, shape.repeat(Math.max(1, Math.ceil(bytes / shape.length))));
}

// A full collection before each timed parse: the garbage earlier parses left would otherwise be collected during
// whichever run crossed the heap's limit, most often a large one, and the ratio would measure the heap, not the parse.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * CPU milliseconds of one parse: this process's own time (vitest runs each file in a process of its own), so
 * other processes on the machine do not count, as they do in wall time.
 */
function once(text: string): number {
  collectGarbage();
  const t0 = process.cpuUsage();
  parseConflict(text);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * The median of `runs` parses at n and at 4n bytes, taken in turns (small, large, small, large …) so a slow spell
 * falls on both sizes alike; the median, not the fastest, since single runs land both far above and far below.
 */
function paired(shape: string, place: Place, runs: number): { small: number; large: number; ratio: number } {
  const smallText = textOf(shape, place, 16 * KB);
  const largeText = textOf(shape, place, 64 * KB);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < runs; i++) {
    small.push(once(smallText));
    large.push(once(largeText));
  }
  const s = median(small);
  const l = median(large);
  return { small: s, large: l, ratio: l / Math.max(s, 4) };
}

describe('parse time grows linearly on every shape', () => {
  it('has at least 40 shapes', () => {
    expect(shapes.size).toBeGreaterThanOrEqual(40);
  });

  it.each([...shapes])('%j (%s)', (shape, place) => {
    once(textOf(shape, place, 4 * KB)); // warm the code paths this shape takes
    // linear ≈ 4×, quadratic ≈ 16×; 6× tolerates the noise of a shared 2-core machine (a floor of 4 ms keeps
    // timer resolution out of the ratio). A ratio over 6 is measured again, with more turns, before it fails:
    // garbage collections and other processes land on single runs.
    let m = paired(shape, place, 3);
    if (m.ratio >= 6) m = paired(shape, place, 11);
    expect(m.ratio, `${m.small.toFixed(1)} ms → ${m.large.toFixed(1)} ms`).toBeLessThan(6);
  });
});
