// Stage 3 (interpret): index a cell's links, flags and marks by line, so reading each line looks only at its own.
import type { CleanValue } from '../_lib/clean-value.js';
import { indexAtOrBefore } from '../_lib/index-at-or-before.js';

export interface CellIndex {
  /** The value with only the anchors on the line holding `offset` (a flag on the break before it included). */
  local(offset: number): CleanValue;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line holding `offset`. */
function lineOf(starts: readonly number[], offset: number): number {
  return indexAtOrBefore(starts, offset);
}

/** Items by line: each goes to every line from the one holding `first(item)` to the one holding `last(item)`. */
function bucket<T>(
  items: readonly T[],
  starts: readonly number[],
  first: (item: T) => number,
  last: (item: T) => number,
): T[][] {
  const lines = starts.length;
  const out: T[][] = Array.from({ length: lines }, () => []);
  for (const item of items) {
    const from = lineOf(starts, first(item));
    const to = Math.min(lines - 1, lineOf(starts, last(item)));
    for (let l = Math.max(0, from); l <= to; l++) out[l]!.push(item);
  }
  return out;
}

// Where an anchor starts and ends. Module-level functions and a class, not closures made per cell: V8 compiles
// each new closure's optimised code anew, which a warm worker kept paying on every long article.
const spanFirst = (s: { start: number }): number => s.start;
const spanLast = (s: { start: number; end: number }): number => Math.max(s.start, s.end - 1);
const atOffset = (a: { offset: number }): number => a.offset;
// A flag anchored on a line break belongs to the line after it too.
const flagLast = (f: { offset: number }): number => f.offset + 1;

class LineIndex implements CellIndex {
  private readonly starts: number[];
  private readonly links: CleanValue['links'][];
  private readonly marks: CleanValue['marks'][];
  private readonly flags: CleanValue['flags'][];
  private readonly refs: CleanValue['refs'][];
  private readonly items: CleanValue['items'][];

  constructor(private readonly value: CleanValue) {
    const starts = lineStartsOf(value.text);
    this.starts = starts;
    this.links = bucket(value.links, starts, spanFirst, spanLast);
    this.marks = bucket(value.marks, starts, spanFirst, spanLast);
    this.flags = bucket(value.flags, starts, atOffset, flagLast);
    this.refs = bucket(value.refs, starts, atOffset, atOffset);
    this.items = bucket(value.items, starts, atOffset, atOffset);
  }

  local(offset: number): CleanValue {
    const l = lineOf(this.starts, offset);
    return {
      text: this.value.text,
      links: this.links[l]!,
      marks: this.marks[l]!,
      flags: this.flags[l]!,
      refs: this.refs[l]!,
      items: this.items[l]!,
    };
  }
}

/**
 * Buckets the anchors of a value by line once, so that a cell of many lines reads in linear time.
 * @example indexCell(value).local(7).links // the links on the line holding offset 7
 */
export function indexCell(value: CleanValue): CellIndex {
  return new LineIndex(value);
}
