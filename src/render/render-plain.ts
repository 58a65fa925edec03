// Render: a Conflict → the seed's plain format (`= Title =`, an `Infobox` of `- Key: Value` lines, paragraphs, `==` headings).
import type { Conflict, InfoboxField } from '../model/conflict.js';
import { flattenSections } from './flatten-sections.js';

/** One line per field: the plain format has no line breaks inside a value, so lines become `, `. */
function renderField(field: InfoboxField): string | null {
  const value = splitLines(field.value).join(', ');
  // A nameless field (an unreadable line) cannot be written as `- Key: Value`; an empty one says nothing.
  if (field.name === '' || value === '') return null;
  return `- ${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}: ${value}`;
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A paragraph keeps its line breaks (a prose list is one paragraph of lines) but never a blank line. */
function renderParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => splitLines(p).join('\n')).filter((p) => p !== '');
}

/**
 * Writes a Conflict in the plain format the seed article uses; `parseConflict` reads it back to the same
 * title, infobox values and sections. Empty fields are left out; multi-line values are joined with `, `.
 * @example
 * renderPlain(parseConflict(seedText)) === seedText // true for fixtures/amazragane-skirmish.txt
 */
export function renderPlain(conflict: Conflict): string {
  const blocks: string[] = [`= ${conflict.title} =`];
  if (conflict.infobox) {
    const lines = conflict.infobox.fields.map(renderField).filter((line): line is string => line !== null);
    blocks.push(['Infobox', ...lines].join('\n'));
  }
  blocks.push(...renderParagraphs(conflict.lead));
  for (const section of flattenSections(conflict.sections)) {
    // Level 1 would read back as a title line, not a heading.
    const marks = '='.repeat(Math.max(2, section.level));
    const paragraphs = renderParagraphs(section.paragraphs);
    blocks.push([`${marks} ${section.title} ${marks}`, paragraphs.join('\n\n')].filter((b) => b !== '').join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
