// Stage 1 (prepare): a wikitext table that is never closed would swallow every section after it; close it first.
import type { Context } from '../_lib/context.js';
import { readHeadingLine } from '../_lib/read-heading-line.js';

/**
 * Closes each table (`{|` at a line start) that has no matching `|}` just before the next heading line, so
 * the sections after it are read; with one `unclosed-markup` warning per table. A table with no heading
 * after it runs to the end, where it is closed, as in MediaWiki, and the warning says how much text it holds. Linear.
 * @example closeTables('{|\n| a\n== B ==\nText.', ctx) // '{|\n| a\n|}\n== B ==\nText.'
 */
export function closeTables(text: string, ctx: Context): string {
  if (!text.includes('{|')) return text;
  const lines = text.split('\n');
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = stripIndent(lines[i]!);
    if (line.startsWith('{|')) open.push(i);
    else if (line.startsWith('|}')) open.pop();
  }
  // the openers left on the stack are the unclosed tables
  if (open.length === 0) return text;

  // For each unclosed opener, the first heading line after it; several may close before the same heading.
  const closeBefore = new Map<number, number>();
  let closed = 0;
  let firstClosed = -1;
  let toEnd = -1;
  let atEnd = 0;
  let next = 0;
  for (const opener of open) {
    next = Math.max(next, opener + 1);
    while (next < lines.length && !isHeading(lines[next]!)) next++;
    if (next < lines.length) {
      closeBefore.set(next, (closeBefore.get(next) ?? 0) + 1);
      closed++;
      if (firstClosed < 0) firstClosed = opener;
    } else {
      if (toEnd < 0) toEnd = opener;
      atEnd++;
    }
  }
  const tables = (n: number) => (n === 1 ? 'A table "{|"' : `${n} tables "{|"`);
  if (closed > 0)
    ctx.warn(
      'unclosed-markup',
      `${tables(closed)} (first on line ${firstClosed + 1}) never closed; each was closed before the next heading.`,
    );
  if (toEnd >= 0) {
    const held = text.length - lines.slice(0, toEnd).reduce((sum, l) => sum + l.length + 1, 0);
    ctx.warn(
      'unclosed-markup',
      `A table "{|" on line ${toEnd + 1} is never closed: it runs to the end of the page, so its ${held} characters are read as a table, not as prose.`,
    );
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const closers = closeBefore.get(i);
    if (closers !== undefined) for (let k = 0; k < closers; k++) out.push('|}');
    out.push(lines[i]!);
  }
  // tables left open at the end are closed there, as MediaWiki does (wikiparser-node is slow on many open ones)
  for (let k = 0; k < atEnd; k++) out.push('|}');
  return out.join('\n');
}

/** A table may open after indentation (`:{|`) or spaces. */
function stripIndent(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ':' || line[i] === ' ' || line[i] === '\t')) i++;
  return i === 0 ? line : line.slice(i);
}

/** A heading line by the reader's rule, its trail (spaces, comments closed on the line) set aside. */
function isHeading(line: string): boolean {
  if (!line.startsWith('=')) return false;
  let body = line.trimEnd();
  while (body.endsWith('-->')) {
    const open = body.lastIndexOf('<!--');
    if (open < 0) break;
    body = body.slice(0, open).trimEnd();
  }
  return readHeadingLine(body) !== null;
}
