// Stage 3 (clean): cut template nesting deeper than the parser can take, in one linear pass.

/** Deeper than any real article; wikiparser-node overflows the stack at a few thousand levels. */
export const MAX_TEMPLATE_DEPTH = 100;

/**
 * Drops every `{{ … }}` opened beyond `max` levels (with its content), leaving shallower markup intact.
 * Returns the input itself when nothing is that deep.
 * @example limitNesting('{{a|{{b|{{c}}}}}}', 2) // → '{{a|{{b|}}}}'
 */
export function limitNesting(text: string, max = MAX_TEMPLATE_DEPTH): string {
  if (!exceeds(text, max)) return text;
  let out = '';
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 && text.charCodeAt(i + 1) === 123) {
      depth += 1;
      if (depth === max + 1) out += text.slice(from, i);
      i += 1;
      if (depth <= max) continue;
      from = i + 1;
    } else if (c === 125 && text.charCodeAt(i + 1) === 125 && depth > 0) {
      depth -= 1;
      i += 1;
      if (depth === max) from = i + 1;
    }
  }
  return depth > max ? out : out + text.slice(from);
}

/** True when `{{` nests more than `max` levels anywhere. */
function exceeds(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 && text.charCodeAt(i + 1) === 123) {
      depth += 1;
      i += 1;
      if (depth > max) return true;
    } else if (c === 125 && text.charCodeAt(i + 1) === 125 && depth > 0) {
      depth -= 1;
      i += 1;
    }
  }
  return false;
}
