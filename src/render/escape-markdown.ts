// Render support: make plain text safe inside Markdown paragraphs and table cells.

// Characters that start inline markup anywhere in a line (emphasis, code, links, HTML).
const INLINE_MARKUP = /[\\`*_[\]<>]/g;
// A line that would open a block (heading, quote, list, thematic break, setext underline).
const BLOCK_START = /^(#|>|[-+*=] |[-=]+$|\d+[.)] )/;

/**
 * Escapes Markdown syntax in one line of plain text so it renders as written.
 * @example escapeMarkdown('3 killed *per Mali*') // '3 killed \\*per Mali\\*'
 */
export function escapeMarkdown(line: string): string {
  const escaped = line.replace(INLINE_MARKUP, '\\$&');
  return BLOCK_START.test(escaped) ? `\\${escaped}` : escaped;
}

/**
 * Escapes a value for one table cell: Markdown syntax, pipes, and line breaks as `<br>`.
 * @example escapeCell('Mali\nFrance | UN') // 'Mali<br>France \\| UN'
 */
export function escapeCell(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim().replace(INLINE_MARKUP, '\\$&').replace(/\|/g, '\\|'))
    .filter((line) => line !== '')
    .join('<br>');
}
