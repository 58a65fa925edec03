// Acceptance: the seed article (issue 2), asserted field by field beside its golden file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConflictSchema, parseConflict } from '../src/index.js';

const seed = readFileSync(new URL('../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');
const conflict = parseConflict(seed);
const figures = (
  f:
    | {
        figures: {
          kind: string;
          min: number | null;
          max: number | null;
          subject: string | null;
          source: string | null;
        }[];
      }
    | null
    | undefined,
) => f?.figures.map((x) => [x.kind, x.min, x.max, x.subject, x.source]);

describe('the seed article: Amazragane skirmish', () => {
  it('validates against ConflictSchema', () => {
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
    expect(conflict.format).toBe('plain');
  });

  it('reads the scalar fields', () => {
    expect(conflict.title).toBe('Amazragane skirmish');
    expect(conflict.name).toBe('Amazragane skirmish');
    expect(conflict.partOf).toBe('Mali War');
    expect(conflict.result).toBe('Malian victory');
    expect(conflict.date).toEqual({ text: 'November 8, 2013', start: '2013-11-08', end: '2013-11-08', ongoing: false });
    expect(conflict.place?.parts).toEqual(['Amazragane', 'Ménaka Region', 'Mali']);
  });

  it('splits side 1: wounded 1 per Mali, killed 2 per MNLA', () => {
    expect(conflict.sides[0]?.combatants.map((p) => p.name)).toEqual(['Mali']);
    expect(figures(conflict.sides[0]?.casualties)).toEqual([
      ['wounded', 1, 1, null, 'Mali'],
      ['killed', 2, 2, null, 'MNLA'],
    ]);
  });

  it('splits side 2: killed 3, wounded 4, captured 6, all per Mali', () => {
    expect(conflict.sides[1]?.combatants.map((p) => p.name)).toEqual(['MNLA']);
    expect(figures(conflict.sides[1]?.casualties)).toEqual([
      ['killed', 3, 3, null, 'Mali'],
      ['wounded', 4, 4, null, 'Mali'],
      ['captured', 6, 6, null, 'Mali'],
    ]);
  });

  it('puts casualties3 (no combatant3) in otherCasualties: civilians, per MNLA', () => {
    expect(conflict.sides).toHaveLength(2);
    expect(figures(conflict.otherCasualties)).toEqual([
      ['killed', 3, 3, 'civilians', 'MNLA'],
      ['wounded', 3, 3, 'civilians', 'MNLA'],
    ]);
  });

  it('reads one lead paragraph and three level-2 sections, with no warnings', () => {
    expect(conflict.lead).toHaveLength(1);
    expect(conflict.sections.map((s) => [s.title, s.level, s.paragraphs.length])).toEqual([
      ['Background', 2, 1],
      ['Skirmish', 2, 2],
      ['Aftermath', 2, 2],
    ]);
    expect(conflict.warnings).toEqual([]);
  });
});
