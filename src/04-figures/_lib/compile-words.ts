// Stage 4 (figures) support: compile a vocabulary into one longest-first, whole-word regular expression.

/** No letter or digit before / after: the fences of a phrase that starts / ends with one. */
const FENCE_BEFORE = '(?<![\\p{L}\\d])';
const FENCE_AFTER = '(?![\\p{L}\\d])';

/** Escapes a phrase for a RegExp; inner spaces match any run of spaces. */
function escapePhrase(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[ \\u00a0]+');
}

/** Which fences a phrase needs: before when it starts with a letter or digit, after when it ends with one. */
function fencesOf(phrase: string): { before: boolean; after: boolean } {
  return { before: /^[\p{L}\d]/u.test(phrase), after: /[\p{L}\d]$/u.test(phrase) };
}

/**
 * Builds the source of an alternation of `phrases`, longest first so `killed in action` wins over `killed`.
 * Phrases of letters are fenced by word boundaries; symbols (`~`, `+`) are not.
 * Each run of neighbours (in that order) that need the same fences shares one pair, `F(?:a|b)G` for `FaG|FbG`:
 * a match tries the same phrases in the same order, but the expression holds a few `\p{L}` classes instead of
 * two per phrase. With the `iu` flags each such class costs V8 a case-folding pass when it compiles the
 * expression, which dominated the first parse of a process.
 * @example new RegExp(alternation(['killed', 'killed in action'])) // matches "killed in action" whole
 */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  const runs: { before: boolean; after: boolean; bodies: string[] }[] = [];
  for (const phrase of unique) {
    const fences = fencesOf(phrase);
    const last = runs[runs.length - 1];
    if (last && last.before === fences.before && last.after === fences.after) last.bodies.push(escapePhrase(phrase));
    else runs.push({ ...fences, bodies: [escapePhrase(phrase)] });
  }
  return runs
    .map((run) => {
      const body = run.bodies.length === 1 ? run.bodies[0]! : `(?:${run.bodies.join('|')})`;
      return `${run.before ? FENCE_BEFORE : ''}${body}${run.after ? FENCE_AFTER : ''}`;
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
