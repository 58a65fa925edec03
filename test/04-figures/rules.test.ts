// Tests for stage 4 (figures): every rule runs its own examples; ids are unique and every rule has examples.
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../src/_lib/clean-value.js';
import { splitFigures } from '../../src/04-figures/split-figures.js';
import { FIGURE_RULES } from '../../src/04-figures/rules/figure-rules.js';

describe('rule table', () => {
  it('has unique kebab-case ids and examples for every rule', () => {
    const ids = FIGURE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of FIGURE_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });
});

for (const rule of FIGURE_RULES) {
  describe(`rule ${rule.id}`, () => {
    it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (_text, e) => {
      const figures = splitFigures(plainValue(e.text), { mode: rule.mode ?? 'casualties' });
      expect(figures).toHaveLength(1);
      const f = figures[0]!;
      expect(f.rule).toBe(rule.id);
      expect(f.kind).toBe(e.kind);
      expect([f.min, f.max]).toEqual([e.min, e.max]);
      if (e.subject !== undefined) expect(f.subject).toBe(e.subject);
      expect(f.total).toBe(e.total ?? false);
    });
  });
}
