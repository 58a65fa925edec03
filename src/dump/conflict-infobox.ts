// Dump: the cheap pre-filter — does a page's wikitext call a conflict infobox? Run before any parse.

/** Templates that mark a conflict article. MediaWiki reads `_` as a space and ignores the case of a title's first letter. */
export const CONFLICT_INFOBOX_TEMPLATES = [
  { id: 'infobox-military-conflict', name: 'Infobox military conflict', examples: ['{{Infobox military conflict\n| conflict = X', '{{ Template:infobox_military_conflict|conflict=X}}'] },
  { id: 'infobox-battle', name: 'Infobox battle', examples: ['{{Infobox Battle\n|conflict=X'] },
  { id: 'infobox-war', name: 'Infobox war', examples: ['{{infobox war <!-- redirect -->\n|conflict=X'] },
  { id: 'warbox', name: 'Warbox', examples: ['{{warbox|conflict=X}}'] },
  { id: 'infobox-conflict', name: 'Infobox conflict', examples: ['{{Infobox_conflict}}'] },
] as const;

/** Either case for the first letter of every word: the title's by MediaWiki's rule, the others because redirects such as "Infobox Battle" exist. */
function namePattern(name: string): string {
  return name
    .split(' ')
    .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${word.slice(1)}`)
    .join('[ _]+');
}

// `{{`, optional `Template:` (any case), the name, then the end of the name: `|`, `}}` or a comment.
// Each run of spaces sits between fixed characters, so matching stays linear.
const CONFLICT_INFOBOX = new RegExp(
  `\\{\\{[ \\t\\n]*(?:[Tt][Ee][Mm][Pp][Ll][Aa][Tt][Ee][ \\t]*:[ \\t]*)?(?:${CONFLICT_INFOBOX_TEMPLATES.map((t) => namePattern(t.name)).join('|')})[ _\\t\\r\\n]*(?:\\||\\}\\}|<!--)`,
);

/**
 * True when the wikitext calls one of the conflict infoboxes (`{{Infobox military conflict`, `{{Infobox battle` …).
 * @example hasConflictInfobox('{{infobox_military_conflict\n|conflict=X}}') // true
 */
export function hasConflictInfobox(text: string): boolean {
  return CONFLICT_INFOBOX.test(text);
}
