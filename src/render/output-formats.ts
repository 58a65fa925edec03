// Render: the output formats the CLI and library offer, as one table (id, file extension, renderer).
import type { Conflict } from '../model/conflict.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPlain } from './render-plain.js';

export interface OutputFormat {
  id: 'json' | 'ndjson' | 'plain' | 'markdown';
  /** Extension of the file `convert --out DIR` writes. */
  extension: string;
  description: string;
  /** Renders one Conflict, ending with a newline. */
  render(conflict: Conflict): string;
}

/**
 * JSON is the model itself (pretty-printed); NDJSON is one compact Conflict per line.
 * @example renderJson(conflict).startsWith('{\n  "title"') // true
 */
export function renderJson(conflict: Conflict): string {
  return `${JSON.stringify(conflict, null, 2)}\n`;
}

/**
 * One compact Conflict on one line, as NDJSON wants it.
 * @example renderNdjsonLine(conflict).split('\n').length // 2 (the line and the final newline)
 */
export function renderNdjsonLine(conflict: Conflict): string {
  return `${JSON.stringify(conflict)}\n`;
}

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  { id: 'json', extension: '.json', description: 'the Conflict model, pretty-printed', render: renderJson },
  { id: 'ndjson', extension: '.ndjson', description: 'one compact Conflict per line', render: renderNdjsonLine },
  { id: 'plain', extension: '.txt', description: "the seed's plain format", render: renderPlain },
  { id: 'markdown', extension: '.md', description: 'a readable Markdown page', render: renderMarkdown },
];

/**
 * Finds an output format by id.
 * @example findOutputFormat('markdown')?.extension // '.md'
 */
export function findOutputFormat(id: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((f) => f.id === id);
}
