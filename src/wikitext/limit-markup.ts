// Wikitext parser: defuse wikitext shapes the parser handles in super-linear time — deep nesting, huge templates.
import type { Context } from '../_lib/context.js';

/**
 * Deepest nesting of `{{ }}` and `[[ ]]` together that is parsed as markup. Real articles reach 4 or 5;
 * wikiparser-node slows quadratically with nested links and overflows the stack at a few
 * thousand nested templates.
 */
export const MAX_MARKUP_DEPTH = 20;
/** Most `|` separators one template or link is parsed with. Far above a real infobox's count; the parser is quadratic in it. */
export const MAX_PARAMETERS = 500;

const OPEN_BRACES = 0x7b; // {
const CLOSE_BRACES = 0x7d; // }
const OPEN_BRACKETS = 0x5b; // [
const CLOSE_BRACKETS = 0x5d; // ]
const PIPE = 0x7c; // |
/** Entities keep the characters (the cleaner decodes them back into text) but hide them from the parser. */
const ENTITY: Record<number, string> = {
  [OPEN_BRACES]: '&#123;&#123;',
  [CLOSE_BRACES]: '&#125;&#125;',
  [OPEN_BRACKETS]: '&#91;&#91;',
  [CLOSE_BRACKETS]: '&#93;&#93;',
  [PIPE]: '&#124;',
};

/** A pipe, or a doubled brace or bracket. */
const MARK = /\||\{\{|\}\}|\[\[|\]\]/g;

/** Every `{{`, `}}`, `[[`, `]]` and `|` of the text: its offset and char code (typed arrays: a 10 MB page can hold millions). */
interface Marks {
  at: Int32Array;
  char: Uint8Array;
  length: number;
}

/**
 * Rewrites wikitext so that no `{{ }}` or `[[ ]]` pair nests deeper than MAX_MARKUP_DEPTH and no template
 * or link has more than MAX_PARAMETERS `|` separators: what lies beyond becomes HTML entities, read as
 * text, with one `markup-limit` warning each. Only pairs that close count, as in MediaWiki's preprocessor,
 * so a stray `{{` never pushes later templates over the limit. Linear in the text's length.
 * @example limitMarkup('{{a|'.repeat(30) + '}}'.repeat(30), ctx) // the 10 innermost pairs become &#123;&#123;a|…&#125;&#125;
 */
export function limitMarkup(text: string, ctx: Context): string {
  const marks = findMarks(text);
  if (marks.length === 0) return text;
  const partner = matchPairs(marks);
  const defused = new Uint8Array(marks.length);
  let deep = 0;
  let pipes = 0;
  // Walk the matched pairs (they nest properly by construction); `open` holds the indices of open ones.
  const open: number[] = [];
  const pipeCounts: number[] = [];
  let excess = 0; // matched pairs opened beyond the limit and not yet closed
  for (let k = 0; k < marks.length; k++) {
    const char = marks.char[k]!;
    const p = partner[k]!;
    if (char === PIPE) {
      const top = open.length - 1;
      // Pipes inside defused pairs still split the innermost pair the parser sees, so they count there.
      if (top < 0) continue;
      pipeCounts[top] = (pipeCounts[top] ?? 0) + 1;
      if (pipeCounts[top]! > MAX_PARAMETERS) {
        defused[k] = 1;
        pipes++;
      }
    } else if (p < 0) {
    } else if (p > k) {
      if (open.length >= MAX_MARKUP_DEPTH || excess > 0) {
        defused[k] = 1;
        defused[p] = 1;
        excess++;
        deep++;
      } else {
        open.push(k);
        pipeCounts[open.length - 1] = 0;
      }
    } else if (defused[k] === 1) {
      excess--;
    } else {
      open.pop();
    }
  }
  if (deep === 0 && pipes === 0) return text;
  if (deep > 0)
    ctx.warn(
      'markup-limit',
      `${deep} template or link pair${deep === 1 ? ' is' : 's are'} nested deeper than ${MAX_MARKUP_DEPTH}; they were read as text.`,
    );
  if (pipes > 0)
    ctx.warn(
      'markup-limit',
      `A template or link has more than ${MAX_PARAMETERS} parameters; the ${pipes} beyond that were read as text of the last one.`,
    );
  return rewrite(text, marks, defused);
}

/** Finds the marks, scanning pairs left to right as the preprocessor does; counts first, then fills. */
function findMarks(text: string): Marks {
  // A native regex scan: pairs are found left to right without overlap, as a character loop would.
  const found: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) found.push(m.index);
  const marks: Marks = { at: new Int32Array(found.length), char: new Uint8Array(found.length), length: found.length };
  for (let k = 0; k < found.length; k++) {
    marks.at[k] = found[k]!;
    marks.char[k] = text.charCodeAt(found[k]!);
  }
  return marks;
}

/**
 * Pairs each closer with the nearest open opener of its kind; openers it skips over stay unmatched
 * (they are text). Returns, for each mark, the index of its partner or -1.
 */
function matchPairs(marks: Marks): Int32Array {
  const partner = new Int32Array(marks.length).fill(-1);
  const stack: number[] = [];
  // The nearest open opener of each kind, found without scanning the stack: a count per kind.
  let openBraces = 0;
  let openBrackets = 0;
  for (let k = 0; k < marks.length; k++) {
    const c = marks.char[k]!;
    if (c === OPEN_BRACES || c === OPEN_BRACKETS) {
      stack.push(k);
      if (c === OPEN_BRACES) openBraces++;
      else openBrackets++;
    } else if (c === CLOSE_BRACES || c === CLOSE_BRACKETS) {
      const want = c === CLOSE_BRACES ? OPEN_BRACES : OPEN_BRACKETS;
      if ((want === OPEN_BRACES ? openBraces : openBrackets) === 0) continue;
      // Each opener is popped once over the whole scan, so this loop is linear overall.
      for (;;) {
        const top = stack.pop()!;
        const topChar = marks.char[top]!;
        if (topChar === OPEN_BRACES) openBraces--;
        else openBrackets--;
        if (topChar === want) {
          partner[top] = k;
          partner[k] = top;
          break;
        }
      }
    }
  }
  return partner;
}

function rewrite(text: string, marks: Marks, defused: Uint8Array): string {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < marks.length; k++) {
    if (defused[k] !== 1) continue;
    const at = marks.at[k]!;
    const char = marks.char[k]!;
    out.push(text.slice(from, at), ENTITY[char]!);
    from = at + (char === PIPE ? 1 : 2);
  }
  out.push(text.slice(from));
  return out.join('');
}
