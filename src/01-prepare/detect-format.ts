// Stage 1 (prepare): tell the plain seed format from MediaWiki wikitext.

const PLAIN_INFOBOX = /^Infobox[ \t]*\n(?:[ \t]*\n)*- [^\n:]+:/m;

/**
 * Detects the input format. The plain format opens with a `= Title =` line or holds an `Infobox` block of
 * `- Key: Value` lines, and has no wiki markup (`{{`, `[[`, `'''`, `<ref>`).
 * @example detectFormat('= Battle =\n\nInfobox\n- Date: 1916') // 'plain'
 */
export function detectFormat(text: string): 'plain' | 'wikitext' {
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  const plainSignals = (isPlainTitle(firstLine) ? 1 : 0) + (PLAIN_INFOBOX.test(text) ? 1 : 0);
  if (plainSignals === 0) return 'wikitext';
  // A page that opens with "= X =" but is full of templates and links is wikitext with a level-1 heading.
  const hasWikiMarkup = /\{\{|\[\[|'''|<ref[\s>/]/.test(text);
  return hasWikiMarkup && plainSignals < 2 ? 'wikitext' : 'plain';
}

/**
 * `= Title =`: one `=`, then a title that does not start with `=`, then a closing `=`. A string test, not a
 * regular expression: `^=[ \t]*[^=\s][^\n]*?[ \t]*=[ \t]*$` backtracked quadratically on a long run of tabs.
 */
function isPlainTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || !t.startsWith('=') || !t.endsWith('=')) return false;
  let i = 1;
  while (t[i] === ' ' || t[i] === '\t') i++;
  // After the spaces: a title character that is neither `=` nor white space, then at least the closing `=`.
  return i < t.length - 1 && t[i] !== '=' && t[i]!.trim() !== '';
}
