// Test helper: a Figure with every field at its plain default (1 killed, no qualifiers), changed by `over`.
import type { Figure } from '../../src/model/figure.js';

export function makeFigure(over: Partial<Figure> = {}): Figure {
  return {
    kind: 'killed',
    min: 1,
    max: 1,
    approximate: false,
    subject: null,
    source: null,
    party: null,
    total: false,
    period: null,
    phase: null,
    detail: null,
    refs: [],
    text: '',
    rule: 't',
    ...over,
  };
}
