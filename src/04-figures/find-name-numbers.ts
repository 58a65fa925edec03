// Stage 4 (figures): find numbers that are part of a linked page's name (`[[No. 3 Commando|3 Commando]]`,
// `[[Messerschmitt Bf 109|Bf 109]]`, `[[40 Commando]]`): names, never counts.
import type { LinkSpan } from '../_lib/clean-value.js';

export interface NameNumber {
  start: number;
  end: number;
}

const DIGITS = /\d+/g;

/**
 * Lists the digit runs inside links whose target holds the same digits as a whole number.
 * @example findNameNumbers('3 Commando', [{ start: 0, end: 10, target: 'No. 3 Commando' }]) // [{ start: 0, end: 1 }]
 */
export function findNameNumbers(text: string, links: readonly LinkSpan[]): NameNumber[] {
  const found: NameNumber[] = [];
  for (const link of links) {
    const shown = text.slice(link.start, link.end);
    if (!/\d/.test(shown) || !/\d/.test(link.target)) continue;
    const inTarget = new Set(link.target.match(DIGITS) ?? []);
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(shown); m; m = DIGITS.exec(shown)) {
      // a grouped count (`5,000`) shown as a link to a page about it is still a count
      if (
        /[,.]\d/.test(shown.slice(m.index + m[0].length, m.index + m[0].length + 2)) ||
        /\d[,.]$/.test(shown.slice(0, m.index))
      )
        continue;
      if (inTarget.has(m[0])) found.push({ start: link.start + m.index, end: link.start + m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
