// Stage 4 (figures) pass: carry a subject over to the following figures (`3 civilians killed, 3 injured` → both civilians).
import { PEOPLE_KINDS } from '../_data/kinds.js';
import { isEquipment } from '../_lib/nouns.js';
import type { FigureEvent, PlacedFigure } from './figure-event.js';

/**
 * Fills missing subjects in place from the last subject of people seen, until a header, an attribution or a new subject;
 * totals neither give nor take one, and equipment never lends its noun to people.
 * @example carrySubjects(events) // `5 gendarmes killed, 3 injured` → injured gendarmes
 */
export function carrySubjects(events: readonly FigureEvent[]): void {
  let last: string | null = null;
  for (const e of events) {
    if (e.type === 'line') continue;
    if (e.type !== 'figure') {
      last = null;
      continue;
    }
    const f = e.placed.figure;
    if (f.total) continue;
    if (f.subject !== null) {
      last = PEOPLE_KINDS.has(f.kind) && !isEquipment(f.subject) ? f.subject : null;
    } else if (last !== null && PEOPLE_KINDS.has(f.kind)) {
      f.subject = last;
    }
  }
}

/**
 * Shares the noun of an elliptical pair in place: `64 German and 20 Italian aircraft` → both `aircraft`, both
 * of the second's kind. Only a one-word subject before a longer one on the same line is completed.
 * @example shareEllipsis(placed) // 64 German → destroyed aircraft
 */
export function shareEllipsis(placed: readonly PlacedFigure[]): void {
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i]!;
    const b = placed[i + 1]!;
    if (a.line !== b.line || a.namedKind || a.figure.subject === null || b.figure.subject === null) continue;
    const aWords = a.figure.subject.split(' ');
    const bWords = b.figure.subject.split(' ');
    if (aWords.length !== 1 || bWords.length < 2 || !/^\p{Lu}/u.test(aWords[0]!) || !/^\p{Lu}/u.test(bWords[0]!))
      continue;
    const noun = bWords.slice(1).join(' ');
    if (b.figure.kind === 'destroyed' || isEquipment(noun)) {
      a.figure.subject = noun;
      b.figure.subject = noun;
      a.figure.kind = b.figure.kind;
    }
  }
}
