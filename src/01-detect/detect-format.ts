// Stage 1 (detect): tell the plain seed format from MediaWiki wikitext.

const PLAIN_TITLE = /^=[ \t]*[^=\s][^\n]*?[ \t]*=[ \t]*$/;
const PLAIN_INFOBOX = /^Infobox[ \t]*\n(?:[ \t]*\n)*- [^\n:]+:/m;
const WIKI_MARKUP = /\{\{|\[\[|'''|<ref[\s>/]|^==[^=\n]/m;

/**
 * Detects the input format. The plain format opens with a `= Title =` line or holds an `Infobox` block of
 * `- Key: Value` lines, and has no wiki markup (`{{`, `[[`, `'''`, `<ref>`).
 * @example detectFormat('= Battle =\n\nInfobox\n- Date: 1916') // 'plain'
 */
export function detectFormat(text: string): 'plain' | 'wikitext' {
  const firstLine = text.replace(/^\uFEFF/, '').trimStart().split('\n', 1)[0] ?? '';
  const plainSignals = (PLAIN_TITLE.test(firstLine.trimEnd()) ? 1 : 0) + (PLAIN_INFOBOX.test(text) ? 1 : 0);
  if (plainSignals === 0) return 'wikitext';
  // A page that opens with "= X =" but is full of templates and links is wikitext with a level-1 heading.
  const hasWikiMarkup = /\{\{|\[\[|'''|<ref[\s>/]/.test(text);
  return hasWikiMarkup && plainSignals < 2 ? 'wikitext' : 'plain';
}
