// Stage 2 (read, wikitext): the arguments of a template call found as text (by the page outline's scan), without
// a parse.

/** Stands for a tag or comment in the flattened text: opaque to brace matching, as in MediaWiki's preprocessor. */
export const OPAQUE = '\u0001';

/**
 * Splits "name|a|k=v" at top-level pipes ({{…}} and [[…]] nest) into positional and named arguments, trimmed;
 * the first piece (the name) is dropped, and of a name given twice the last value wins, as in MediaWiki.
 * @example splitCallArguments('coord|52|N|display=title').named.get('display') // 'title'
 */
export function splitCallArguments(inner: string): { positional: string[]; named: Map<string, string> } {
  // each piece with the offset of its first top-level '=' (-1 when none): an '=' inside {{…}} or [[…]] names nothing
  const pieces: Array<{ text: string; eq: number }> = [];
  let depth = 0;
  let last = 0;
  let eq = -1;
  for (let i = 0; i < inner.length; i++) {
    const two = inner.slice(i, i + 2);
    if (two === '{{' || two === '[[') {
      depth++;
      i++;
    } else if ((two === '}}' || two === ']]') && depth > 0) {
      depth--;
      i++;
    } else if (inner[i] === '|' && depth === 0) {
      pieces.push({ text: inner.slice(last, i), eq });
      last = i + 1;
      eq = -1;
    } else if (inner[i] === '=' && depth === 0 && eq < 0) {
      eq = i - last;
    }
  }
  pieces.push({ text: inner.slice(last), eq });
  const positional: string[] = [];
  const named = new Map<string, string>();
  // {{#tag:ref|body|name=x}}: "#tag:ref" is the name piece; the body comes next.
  for (const { text, eq } of pieces.slice(1)) {
    if (eq >= 0 && !text.slice(0, eq).includes(OPAQUE))
      named.set(text.slice(0, eq).trim().toLowerCase(), text.slice(eq + 1).trim());
    else positional.push(text.trim());
  }
  return { positional, named };
}
