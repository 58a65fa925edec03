// Stage 3 (interpret): join two cleaned values as lines of one, keeping their links, refs, flags and marks anchored.
import type { CleanValue } from '../_lib/clean-value.js';

/**
 * Appends `b` to `a` on a new line, shifting `b`'s anchors by the new offset. An empty side returns the other.
 * @example joinValues(plainValue('3 killed'), plainValue('5 wounded')).text // '3 killed\n5 wounded'
 */
export function joinValues(a: CleanValue, b: CleanValue): CleanValue {
  if (a.text === '') return b;
  if (b.text === '') return a;
  const shift = a.text.length + 1;
  return {
    text: `${a.text}\n${b.text}`,
    links: [...a.links, ...b.links.map((l) => ({ ...l, start: l.start + shift, end: l.end + shift }))],
    refs: [...a.refs, ...b.refs.map((r) => ({ ...r, offset: r.offset + shift }))],
    flags: [...a.flags, ...b.flags.map((f) => ({ ...f, offset: f.offset + shift }))],
    marks: [...a.marks, ...b.marks.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }))],
    items: [...a.items, ...b.items.map((i) => ({ ...i, offset: i.offset + shift }))],
  };
}
