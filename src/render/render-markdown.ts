// Render: a Conflict → a readable Markdown page (title, infobox table, casualty tables, sections).
import type { Conflict } from '../model/conflict.js';
import type { Figure, Figures } from '../model/figure.js';
import { escapeCell, escapeMarkdown } from './escape-markdown.js';
import { flattenSections } from './flatten-sections.js';

const NUMBER = new Intl.NumberFormat('en-US');

/**
 * A figure's count as a reader says it: `3`, `3–5`, `27+` (at least), `≤ 50` (up to), `c. 1,000`.
 * @example formatCount({ min: 1000, max: 1000, approximate: true }) // 'c. 1,000'
 */
export function formatCount(figure: Pick<Figure, 'min' | 'max' | 'approximate'>): string {
  const { min, max } = figure;
  let count: string;
  if (min !== null && max !== null)
    count = min === max ? NUMBER.format(min) : `${NUMBER.format(min)}–${NUMBER.format(max)}`;
  else if (min !== null) count = `${NUMBER.format(min)}+`;
  else if (max !== null) count = `≤ ${NUMBER.format(max)}`;
  else count = '?';
  return figure.approximate ? `c. ${count}` : count;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function paragraph(text: string): string {
  // A prose list keeps its lines: a trailing backslash is CommonMark's hard line break.
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(escapeMarkdown)
    .join('\\\n');
}

/**
 * When a figure counts: its phase and its period, as written ("Initial, 1942"), or ''.
 * @example formatPeriod({ phase: 'Initial', period: null }) // 'Initial'
 */
export function formatPeriod(figure: Pick<Figure, 'period' | 'phase'>): string {
  return [figure.phase, figure.period].filter((part) => part !== null && part !== '').join(', ');
}

function casualtyBlock(heading: string, value: Figures): string {
  const blocks = [`### ${escapeMarkdown(heading)}`];
  if (value.figures.length > 0) {
    // Most values give no period: the column is there only when some figure of this table has one.
    const dated = value.figures.some((f) => formatPeriod(f) !== '');
    const rows = value.figures.map((f) => [
      f.total ? `${f.kind} (total)` : f.kind,
      formatCount(f),
      escapeCell(f.subject ?? ''),
      escapeCell(f.party ?? ''),
      ...(dated ? [escapeCell(formatPeriod(f))] : []),
      escapeCell(f.source ?? ''),
    ]);
    blocks.push(table(['Kind', 'Count', 'Subject', 'Party', ...(dated ? ['Period'] : []), 'Source'], rows));
  }
  // The text as written stays visible, also when no figure could be split from it.
  blocks.push(`> ${paragraph(value.text).split('\n').join('\n> ')}`);
  return blocks.join('\n\n');
}

/**
 * Writes a Conflict as a Markdown page: `# Title`, an infobox table (field | value), a casualties table per
 * side (kind, count or range, subject, party, period when a figure has one, source), the lead, then the sections
 * with `##`/`###` headings.
 * @example
 * renderMarkdown(conflict).startsWith('# Amazragane skirmish\n') // true
 */
export function renderMarkdown(conflict: Conflict): string {
  const blocks: string[] = [`# ${escapeMarkdown(conflict.title)}`];
  const fields = conflict.infobox?.fields.filter((f) => f.value.trim() !== '') ?? [];
  if (fields.length > 0)
    blocks.push(
      table(
        ['Field', 'Value'],
        fields.map((f) => [escapeCell(f.name), escapeCell(f.value)]),
      ),
    );

  const casualties: string[] = [];
  for (const side of conflict.sides) {
    if (!side.casualties) continue;
    const names = side.combatants.map((p) => p.name).join(', ');
    casualties.push(casualtyBlock(names ? `Side ${side.index}: ${names}` : `Side ${side.index}`, side.casualties));
  }
  if (conflict.otherCasualties) casualties.push(casualtyBlock('Other casualties', conflict.otherCasualties));
  if (casualties.length > 0) blocks.push('## Casualty figures', ...casualties);

  blocks.push(...conflict.lead.map(paragraph));
  for (const section of flattenSections(conflict.sections)) {
    blocks.push(`${'#'.repeat(Math.min(6, Math.max(2, section.level)))} ${escapeMarkdown(section.title)}`);
    blocks.push(...section.paragraphs.map(paragraph));
  }
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
