// Wikitext parser: the fast reader's bold and italic — MediaWiki's pairing of apostrophe runs per line.
import type { LiteState } from './lite-state.js';

/**
 * Bold and italic, per line, with MediaWiki's rules for apostrophe runs that do not pair up.
 * @example quotes(st, "l'''a''' b") // "l'" + atoms for the bold run
 */
export function quotes(st: LiteState, s: string): string {
  if (!s.includes("''")) return s;
  return s
    .split('\n')
    .map((line) => (line.includes("''") ? quoteLine(st, line) : line))
    .join('\n');
}

function quoteLine(st: LiteState, line: string): string {
  const arr = line.split(/('{2,})/);
  if (arr.length === 1) return line;
  let bold = 0;
  let italic = 0;
  let firstSingle: number | undefined;
  let firstMulti: number | undefined;
  let firstSpace: number | undefined;
  for (let i = 1; i < arr.length; i += 2) {
    const len = arr[i]!.length;
    if (len === 2) italic++;
    else if (len === 3 || len === 4) {
      if (len === 4) {
        arr[i - 1] += "'";
        arr[i] = "'''";
      }
      bold++;
      // Which bold run becomes italic if the counts are both odd: after a one-letter word, then after a longer one, then after a space.
      const before = arr[i - 1]!;
      if (firstSingle !== undefined) continue;
      if (before.endsWith(' ')) {
        if (firstMulti === undefined && firstSpace === undefined) firstSpace = i;
      } else if (before.slice(-2, -1) === ' ') firstSingle = i;
      else firstMulti ??= i;
    } else {
      arr[i - 1] += "'".repeat(len - 5);
      arr[i] = "'''''";
      italic++;
      bold++;
    }
  }
  if (italic % 2 === 1 && bold % 2 === 1) {
    const i = firstSingle ?? firstMulti ?? firstSpace;
    if (i !== undefined) {
      arr[i] = "''";
      arr[i - 1] += "'";
    }
  }
  for (let i = 1; i < arr.length; i += 2) arr[i] = st.atom(st.leaf('quote', arr[i]!));
  return arr.join('');
}
