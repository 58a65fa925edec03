// Tests for stage 4 (figures): the measured acceptance — the eval's scoring on the labelled strings meets its thresholds.
import { describe, expect, it } from 'vitest';
import { makeFigure } from '../helpers/make-figure.js';
import {
  DEFAULT_FILES,
  THRESHOLDS,
  normaliseSource,
  normaliseSubject,
  readCases,
  scoreCases,
} from '../../scripts/eval-figures.js';

describe('scoring rules', () => {
  it('normalises sources and subjects as the README says', () => {
    expect(normaliseSource('The Interior Ministry.')).toBe(normaliseSource('interior ministry'));
    expect(normaliseSubject('Civilians')).toBe(normaliseSubject('civilian'));
  });
  it('counts optional figures as neither hit nor false positive, and skips figures without bounds', () => {
    const score = scoreCases(
      [{ text: 'x', figures: [{ kind: 'killed', min: 3, max: 3 }], optional: [{ kind: 'wounded', min: 4, max: 4 }] }],
      () => [
        makeFigure({ kind: 'killed', min: 3, max: 3 }),
        makeFigure({ kind: 'wounded', min: 4, max: 4 }),
        makeFigure({ kind: 'missing', min: null, max: null }),
      ],
    );
    expect([score.hits, score.produced, score.expected, score.f1]).toEqual([1, 1, 1, 1]);
  });
});

describe.each(DEFAULT_FILES)('%s', (file) => {
  it(`reaches F1 ≥ ${THRESHOLDS.f1} and source accuracy ≥ ${THRESHOLDS.source}`, () => {
    const score = scoreCases(readCases(file));
    expect(score.f1, score.errors.join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.f1);
    expect(score.sourceAccuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.source);
  });
});
