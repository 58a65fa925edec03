// Tests for the figure audit: every real value of fixtures/casualties/infobox-values.jsonl splits without throwing
// and breaks none of the invariants no right answer breaks; each invariant is shown to fire on a case made for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILIES, auditValue, splitValue, type InfoboxValue } from '../../scripts/audit-figures.js';
import { fixturePath } from '../../scripts/_lib/corpus.js';
import { makeFigure } from '../helpers/make-figure.js';

const values = readFileSync(fixturePath('casualties', 'infobox-values.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as InfoboxValue);

describe('the audit of 2,403 real values', () => {
  it('splits every value and finds no broken invariant', () => {
    expect(values.length).toBe(2403);
    const found: string[] = [];
    for (const value of values) {
      const { figures, unparsed } = splitValue(value);
      for (const f of auditValue(value, figures, unparsed))
        found.push(`${f.family} ${value.title} ${value.field}: ${f.detail}`);
    }
    expect(found).toEqual([]);
  });
});

describe('each invariant fires on a value that breaks it', () => {
  const v = (text: string): InfoboxValue => ({ title: 'T', field: 'casualties1', text });
  it.each([
    ['period-counted', v('3,000 (1916)'), [makeFigure({ min: 1916, max: 1916, text: '1916' })], []],
    ['scale-lost', v('2.5–4 million'), [makeFigure({ min: 2, max: 4, text: '2.5–4 million' })], []],
    [
      'total-over-kind',
      v('900 total dead'),
      [makeFigure({ kind: 'casualties', total: true, min: 900, max: 900, text: '900 total dead' })],
      [],
    ],
    ['combatant-as-source', v('French: 5 killed'), [makeFigure({ source: 'French', text: '5 killed' })], []],
    ['phase-as-source', v('Initially: 5 killed'), [makeFigure({ source: 'Initially', text: '5 killed' })], []],
    ['oob-as-source', v('5 killed (OOB)'), [makeFigure({ source: 'OOB', text: '5 killed' })], []],
    [
      'sub-count',
      v('31 captured (20 released)'),
      [
        makeFigure({ kind: 'captured', min: 31, max: 31, text: '31 captured (20 released)' }),
        makeFigure({ kind: 'captured', min: 20, max: 20, text: '20 released' }),
      ],
      [],
    ],
    ['stray-bracket', v('5 killed)'), [makeFigure({ text: '5 killed)' })], []],
    ['unparsed-line', v('at 12:30'), [], ['No figure read from "at 12:30".']],
  ] as const)('%s', (family, value, figures, unparsed) => {
    expect(FAMILIES).toContain(family);
    expect(auditValue(value, [...figures], [...unparsed]).map((f) => f.family)).toContain(family);
  });
});
