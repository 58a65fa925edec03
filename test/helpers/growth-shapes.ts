// Test and benchmark support: the repeated input shapes every stage must parse in linear time (issue 15), shared by
// test/perf/growth.test.ts (16 vs 64 KB) and bench/growth.ts (256 KB vs 1 MB). The shapes come from the grammar's own
// tables — every figure rule's and kind word's examples, the template rules' first examples — plus the shapes that
// once were quadratic and prose markup, each in the place it is read: a casualties field, another infobox field, or
// the article's body.
import { KIND_WORDS } from '../../src/04-figures/_data/kinds.js';
import { PREFIX_QUALIFIERS } from '../../src/04-figures/_data/numbers.js';
import { FIGURE_RULES } from '../../src/04-figures/rules/figure-rules.js';
import { TEMPLATE_RULES } from '../../src/clean/_data/templates/index.js';

export type GrowthPlace = 'casualties' | 'field' | 'body';

export interface GrowthShape {
  /** The text repeated, e.g. `1 killed<ref>x</ref><br>`. */
  shape: string;
  place: GrowthPlace;
}

/** The shapes issue 15 measured as quadratic, in a casualties field. */
export const ISSUE_15_SHAPES = [
  '1 killed ',
  '1 killed (x) ',
  '1 killed (1601–1603) ',
  '1 killed<ref>x</ref> ',
  'between 1 and 2 killed ',
  '3 civilians killed ',
  '1 killed / ',
  '1 killed. ',
  '1 killed\n',
  '1 killed<ref>x</ref><br>',
  '{{flagicon|France}} [[France]] 1 killed<br>',
  "'''A:''' 1 killed<br>",
  '* A: 1 killed\n',
  '(1 killed)<br>',
  '1 killed (20 released, 2 executed) ',
  '1,000 (1943)<br>',
  '2.5–4 million ',
  'May 1944:<br>1 killed<br>',
] as const;

/** Prose markup in the article's body: unclosed extension tags (issue 15), magic links, links, lists, tables. */
export const BODY_SHAPES = [
  'a<ref>b ',
  'a<nowiki>b ',
  'a<math>b ',
  'a<ref name=x>b ',
  'ISBN 978-0-306-40615-7 x ',
  '[http://a.b/c d] ',
  '[[a|b]] ',
  "'''a''' ''b'' ",
  '* a\n** b\n',
  '{|\n|a\n|}\n',
  '== a ==\nb\n',
  '<ref>{{cite book|title=T}}</ref> ',
  '{{sfn|A|2001|p=1}} ',
] as const;

/** Shapes found quadratic after issue 15's table: comments in a value, flags on many lines, tables never closed. */
export const LATER_SHAPES: readonly GrowthShape[] = [
  { shape: 'a<!--c--> ', place: 'field' },
  { shape: '1 killed<!-- c -->, ', place: 'casualties' },
  { shape: '{{flagicon|France}}<br>1 killed<br>', place: 'casualties' },
  { shape: '{|\n', place: 'body' },
];

/**
 * Every shape, each once: the grammar's examples run together with the separators real values use, then the issue's
 * and the prose shapes. `all` takes every template rule (about 125 shapes); without it every fourth (about 71).
 * @example growthShapes().find((s) => s.shape === '1 killed ')?.place // 'casualties'
 */
export function growthShapes(options: { all?: boolean } = {}): GrowthShape[] {
  const shapes = new Map<string, GrowthPlace>();
  const add = (shape: string, place: GrowthPlace): void => {
    if (!shapes.has(shape)) shapes.set(shape, place);
  };
  for (const rule of FIGURE_RULES) add(`${rule.examples[0]!.text} `, 'casualties');
  for (const entry of KIND_WORDS) add(`${entry.examples[0]!}<br>`, 'casualties');
  for (const q of PREFIX_QUALIFIERS) add(`${q.examples[0]!}, `, 'casualties');
  TEMPLATE_RULES.forEach((rule, i) => {
    if (rule.examples[0] && (options.all || i % 4 === 0)) add(`${rule.examples[0][0]} `, 'field');
  });
  for (const s of ISSUE_15_SHAPES) add(s, 'casualties');
  for (const s of BODY_SHAPES) add(s, 'body');
  for (const s of LATER_SHAPES) add(s.shape, s.place);
  return [...shapes].map(([shape, place]) => ({ shape, place }));
}

function articleAround(place: GrowthPlace, body: string): string {
  const box = (extra: string) =>
    `{{Infobox military conflict\n| conflict = X\n| combatant1 = A\n| combatant2 = B\n${extra}}}\n`;
  if (place === 'casualties') return `${box(`| casualties1 = ${body}\n`)}Lead.\n`;
  if (place === 'field') return `${box(`| place = ${body}\n| result = ${body}\n`)}Lead.\n`;
  return `${box('')}${body}\n== Aftermath ==\nText.\n`;
}

/**
 * An article holding `shape` repeated to at least `bytes` characters, in its place.
 * @example growthArticle({ shape: '1 killed ', place: 'casualties' }, 18).includes('| casualties1 = 1 killed 1 killed ') // true
 */
export function growthArticle({ shape, place }: GrowthShape, bytes: number): string {
  return articleAround(place, shape.repeat(Math.max(1, Math.ceil(bytes / shape.length))));
}
