// Stage 2 (read, plain): the seed's plain-text format → RawArticle.
import { plainValue } from '../../_lib/clean-value.js';
import type { Context } from '../../_lib/context.js';
import type { RawArticle, RawField } from '../../_lib/raw-article.js';
import { buildSectionTree, type FlatSection } from '../../_lib/section-tree.js';

const TITLE_LINE = /^=[ \t]*(.*?)[ \t]*=$/;
const HEADING_LINE = /^(={2,6})[ \t]*(.*?)[ \t]*\1$/;
const FIELD_LINE = /^-[ \t]*([^:]+?)[ \t]*:[ \t]?(.*)$/;

/**
 * Reads the plain format: `= Title =`, an `Infobox` block of `- Key: Value` lines, then paragraphs
 * separated by blank lines under `== Heading ==` lines. What does not fit becomes a `plain-format` warning
 * and is kept as a paragraph, never dropped.
 * @example readPlain('= X =\n\nInfobox\n- Date: 1916\n\nText.', ctx).infobox?.fields[0]?.name // 'date'
 */
export function readPlain(text: string, ctx: Context): RawArticle {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };

  skipBlank();
  let title: string | null = null;
  const titleMatch = TITLE_LINE.exec(lines[i]?.trim() ?? '');
  if (titleMatch && !HEADING_LINE.test(lines[i]!.trim())) {
    title = titleMatch[1]!.trim() || null;
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
      const m = FIELD_LINE.exec(line);
      if (m) {
        const value = m[2]!.trim();
        fields.push({ name: m[1]!.trim().toLowerCase(), raw: value, value: plainValue(value) });
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
    const heading = HEADING_LINE.exec(line);
    if (heading) {
      flush();
      flat.push({ title: heading[2]!, level: heading[1]!.length, paragraphs: [] });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();

  return { format: 'plain', title, infobox, lead, sections: buildSectionTree(flat), references: [] };
}
