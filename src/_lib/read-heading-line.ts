// Shared: MediaWiki's rule for a heading line, for every reader that looks for headings in text (the table repair,
// the apparatus cut, the fast reader, the plain format).

/** Deepest heading level; longer runs of '=' are part of the title. */
const MAX_LEVEL = 6;

/**
 * Reads a heading line without its trail (the spaces and comments after the last '='): level and title, or null.
 * As in MediaWiki, the shorter run of '=' sets the level (at most 6) and the rest belongs to the title; a line of
 * '=' alone is a heading whose title is its middle '=' ("===" is level 1, "="), and "=" or "==" none.
 * @example readHeadingLine('=== a ==') // { level: 2, title: '= a ' }
 */
export function readHeadingLine(body: string): { level: number; title: string } | null {
  let lead = 0;
  while (lead < body.length && body[lead] === '=') lead++;
  if (lead === 0) return null;
  if (lead === body.length) {
    const level = Math.min(MAX_LEVEL, Math.floor((body.length - 1) / 2));
    return level === 0 ? null : { level, title: body.slice(level, body.length - level) };
  }
  let tail = 0;
  while (tail < MAX_LEVEL && body[body.length - 1 - tail] === '=') tail++;
  const level = Math.min(lead, tail, MAX_LEVEL);
  return level === 0 ? null : { level, title: body.slice(level, body.length - level) };
}
