// Stage 3 (interpret): a cell's text → its lines (and, for the plain format, comma-separated items) with offsets.

export interface Segment {
  text: string;
  /** Offset of the first character of `text` in the value. */
  start: number;
  /** Offset just past the last character of `text`. */
  end: number;
  /** Offset where the segment's line begins (a flag may stand there). */
  lineStart: number;
}

function trimmed(text: string, from: number, to: number, lineStart: number): Segment {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { text: text.slice(a, b), start: a, end: b, lineStart };
}

/** Splits one line at ", " outside parentheses: "France (1778, allied), Spain" stays two items. */
function splitCommas(text: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let begin = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (ch === ',' && depth === 0 && text[i + 1] === ' ') {
      out.push(trimmed(text, begin, i, begin));
      begin = i + 1;
    }
  }
  out.push(trimmed(text, begin, to, begin));
  return out;
}

/**
 * Splits a value into non-empty trimmed segments, one per line; with `commas`, also at ", " (the plain format
 * joins a wiki list into one line that way).
 * @example splitLines('Mali\nFrance', false).map((s) => s.text) // ['Mali', 'France']
 */
export function splitLines(text: string, commas: boolean): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const parts = commas ? splitCommas(text, lineStart, lineEnd) : [trimmed(text, lineStart, lineEnd, lineStart)];
    for (const p of parts) if (p.text !== '') out.push(p);
    lineStart = lineEnd + 1;
  }
  return out;
}
