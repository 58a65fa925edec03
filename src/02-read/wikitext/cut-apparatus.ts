// Stage 2 (read, wikitext): drop the bodies of apparatus sections (References, Bibliography, External links …)
// before the full parse, keeping their footnotes verbatim: readSections skips those sections unread, so only the
// footnotes in them count, while their citations and navboxes cost a quarter of the parse time.
import { readHeadingLine } from '../../_lib/read-heading-line.js';
import type { PageOutline } from './scan-page-outline.js';
import { isNonProseSection } from './is-non-prose-section.js';

/** Characters that make a heading title more than plain text: such a heading is never cut at. */
const MARKUP = /[{}[\]<>&'=|]/;

interface HeadingLine {
  start: number;
  /** Offset after the line's '\n' (or the end of the source). */
  next: number;
  /** Level and plain title when the line is certainly a heading with a plain title, else null. */
  plain: { level: number; title: string } | null;
}

/**
 * Returns the page with every apparatus section's body replaced by the footnotes it holds (outermost ones,
 * in order, one per line), or null when nothing is cut or when cutting could change what the reader sees:
 * unclosed markup, no standard infobox before the cuts, or a first heading that is itself apparatus.
 * @example cutApparatus(src, scanPageOutline(src)) // "…== References ==\n<ref name=a>Smith</ref>\n== Next ==…"
 */
export function cutApparatus(source: string, outline: PageOutline): string | null {
  if (
    outline.unclosedTemplateNames.length > 0 ||
    outline.unclosedCommentLengths.length > 0 ||
    outline.strayRefOpeners > 0
  )
    return null;
  if (outline.infobox === null || !outline.infobox.standard) return null;
  const headings = findHeadingLines(source, outline.topRanges);
  const first = headings[0];
  // The reader may keep a first apparatus-titled section as the body's opening: leave such pages whole.
  if (first === undefined || first.plain === null || isNonProseSection(first.plain.title)) return null;

  const cuts: { start: number; end: number }[] = [];
  let open: { start: number; level: number } | null = null;
  for (const h of headings.slice(1)) {
    if (open !== null) {
      // Subsections of a skipped section are skipped too; anything unsure ends the cut.
      if (h.plain !== null && h.plain.level > open.level) continue;
      cuts.push({ start: open.start, end: h.start });
      open = null;
    }
    if (h.plain !== null && isNonProseSection(h.plain.title)) open = { start: h.next, level: h.plain.level };
  }
  if (open !== null) cuts.push({ start: open.start, end: source.length });
  const real = cuts.filter((c) => c.end > c.start);
  if (real.length === 0 || real[0]!.start <= outline.infobox.end) return null;

  const parts: string[] = [];
  let last = 0;
  let f = 0;
  const notes = outline.footnotes;
  for (const cut of real) {
    parts.push(source.slice(last, cut.start));
    let keptEnd = -1;
    while (f < notes.length && notes[f]!.offset < cut.start) f++;
    for (; f < notes.length && notes[f]!.offset < cut.end; f++) {
      const note = notes[f]!;
      if (note.offset < keptEnd) continue; // nested in a footnote already kept
      parts.push(source.slice(note.offset, note.end), '\n');
      keptEnd = note.end;
    }
    last = cut.end;
  }
  parts.push(source.slice(last));
  return parts.join('');
}

/** Every line that starts with '=' outside top-level templates, tags and comments, in order. */
function findHeadingLines(source: string, ranges: PageOutline['topRanges']): HeadingLine[] {
  const lines: HeadingLine[] = [];
  let r = 0;
  let start = source.startsWith('=') ? 0 : lineAfter(source, 0);
  while (start >= 0) {
    while (r < ranges.length && ranges[r]!.end <= start) r++;
    const nl = source.indexOf('\n', start);
    const inside = r < ranges.length && ranges[r]!.start < start;
    if (!inside)
      lines.push({
        start,
        next: nl < 0 ? source.length : nl + 1,
        plain: plainHeading(source.slice(start, nl < 0 ? source.length : nl)),
      });
    start = nl < 0 ? -1 : lineAfter(source, nl);
  }
  return lines;
}

/** Start of the next line (after `from`) that begins with '=', or -1. */
function lineAfter(source: string, from: number): number {
  const found = source.indexOf('\n=', from);
  return found < 0 ? -1 : found + 1;
}

/**
 * "== Notes ==" → level 2, "Notes"; null unless a heading by MediaWiki's rule with plain text inside, balanced (an
 * unbalanced one keeps an '=' in its title) and with nothing after it but spaces (a comment is not plain).
 */
function plainHeading(line: string): { level: number; title: string } | null {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const heading = readHeadingLine(line.slice(0, end));
  return heading === null || heading.title.trim() === '' || MARKUP.test(heading.title) ? null : heading;
}
