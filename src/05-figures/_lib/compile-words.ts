// Stage 5 (figures) support: compile a vocabulary into one longest-first, whole-word regular expression.

/** Escapes a phrase for a RegExp; inner spaces match any run of spaces. */
function escapePhrase(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[ \\u00a0]+');
}

/**
 * Builds the source of an alternation of `phrases`, longest first so `killed in action` wins over `killed`.
 * Phrases of letters are fenced by word boundaries; symbols (`~`, `+`) are not.
 * @example new RegExp(alternation(['killed', 'killed in action'])) // matches "killed in action" whole
 */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  return unique
    .map((p) => {
      const body = escapePhrase(p);
      const start = /^[\p{L}\d]/u.test(p) ? '(?<![\\p{L}\\d])' : '';
      const end = /[\p{L}\d]$/u.test(p) ? '(?![\\p{L}\\d])' : '';
      return `${start}${body}${end}`;
    })
    .join('|');
}

/**
 * A sticky, case-insensitive regex that matches one of `phrases` exactly at `lastIndex`.
 * @example const re = stickyWords(['per']); re.lastIndex = 1; re.test('(per Mali)') // true
 */
export function stickyWords(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(phrases)})`, 'iuy');
}

/**
 * A global, case-insensitive regex that finds `phrases` anywhere.
 * @example globalWords(['killed']).test('3 killed') // true
 */
export function globalWords(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(phrases)})`, 'giu');
}
