// Stage 2 (read, plain): the seed's plain-text format → RawArticle.
import { plainValue } from '../../_lib/clean-value.js';
import type { Context } from '../../_lib/context.js';
import type { RawArticle, RawField } from '../../_lib/raw-article.js';
import { readHeadingLine } from '../../_lib/read-heading-line.js';
import { buildSectionTree, type FlatSection } from '../../_lib/section-tree.js';

// Lines are matched by string functions, not regular expressions: `^=[ \t]*(.*?)[ \t]*=$` and its kin backtrack
// cubically on a long run of tabs.

/** `= Title =` → the title (possibly empty); null for any other line. Expects a trimmed line. */
function matchTitle(line: string): string | null {
  return line.length >= 2 && line.startsWith('=') && line.endsWith('=') ? trimSpaces(line.slice(1, -1)) : null;
}

/** `== Heading ==` (2–6 `=` each side; the shorter side sets the level, as in wikitext) → level and title; else null. */
function matchHeading(line: string): { level: number; title: string } | null {
  const heading = readHeadingLine(line);
  return heading !== null && heading.level >= 2 ? { level: heading.level, title: trimSpaces(heading.title) } : null;
}

/** `- Key: Value` → key and value (the key has no colon); else null. */
function matchField(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(':');
  if (!line.startsWith('-') || colon < 2) return null;
  const value = line.slice(colon + 1);
  return { key: line.slice(1, colon), value: value.startsWith(' ') || value.startsWith('\t') ? value.slice(1) : value };
}

/** Strips spaces and tabs only, as the line format defines. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/**
 * Reads the plain format: `= Title =`, an `Infobox` block of `- Key: Value` lines, then paragraphs
 * separated by blank lines under `== Heading ==` lines. What does not fit becomes a `plain-format` warning
 * and is kept as a paragraph, never dropped.
 * @example readPlain('= X =\n\nInfobox\n- Date: 1916\n\nText.', ctx).infobox?.fields[0]?.name // 'date'
 */
export function readPlain(text: string, ctx: Context): RawArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };

  skipBlank();
  let title: string | null = null;
  const titleMatch = matchTitle(lines[i]?.trim() ?? '');
  if (titleMatch !== null && matchHeading(lines[i]!.trim()) === null) {
    title = titleMatch.trim() || null;
    i++;
  } else {
    ctx.warn('plain-format', 'The plain format should open with a "= Title =" line.');
  }

  skipBlank();
  let infobox: RawArticle['infobox'] = null;
  if (lines[i]?.trim() === 'Infobox') {
    i++;
    const fields: RawField[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') {
      const line = lines[i]!.trim();
      const m = matchField(line);
      if (m) {
        const value = m.value.trim();
        fields.push({ name: m.key.trim().toLowerCase(), raw: value, value: plainValue(value) });
      } else {
        ctx.warn('plain-format', `Infobox line is not "- Key: Value": ${line}`, 'infobox');
        fields.push({ name: '', raw: line, value: plainValue(line) });
      }
      i++;
    }
    infobox = { template: 'Infobox', standard: true, fields };
  } else {
    ctx.warn('no-infobox', 'The article has no Infobox block.', undefined, 'info');
  }

  const lead: string[] = [];
  const flat: FlatSection[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    const current = flat[flat.length - 1];
    (current ? current.paragraphs : lead).push(paragraph.join('\n'));
    paragraph = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const heading = matchHeading(line);
    if (heading) {
      flush();
      flat.push({ title: heading.title, level: heading.level, paragraphs: [] });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();

  return { format: 'plain', title, infobox, lead, sections: buildSectionTree(flat), references: [] };
}
