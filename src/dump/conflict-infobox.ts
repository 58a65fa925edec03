// Dump: the cheap pre-filter — does a page's wikitext call a conflict infobox? Run before any parse.
import { CONFLICT_INFOBOXES } from '../_data/infobox-templates.js';

/**
 * Either case for the first letter of every word: the title's by MediaWiki's rule, the others because redirects
 * such as "Infobox Battle" exist. Stricter than the reader (which folds all case): a name MediaWiki would not
 * resolve does not make a conflict article.
 */
function namePattern(name: string): string {
  return name
    .split(' ')
    .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${word.slice(1)}`)
    .join('[ _]+');
}

// `{{`, optional `Template:` (any case), a name from the reader's table of conflict infoboxes, then the end of the
// name: `|`, `}}` or a comment. Each run of spaces sits between fixed characters, so matching stays linear.
const CONFLICT_INFOBOX = new RegExp(
  `\\{\\{[ \\t\\n]*(?:[Tt][Ee][Mm][Pp][Ll][Aa][Tt][Ee][ \\t]*:[ \\t]*)?(?:${CONFLICT_INFOBOXES.map((t) => namePattern(t.name)).join('|')})[ _\\t\\r\\n]*(?:\\||\\}\\}|<!--)`,
);

/**
 * True when the wikitext calls one of the conflict infoboxes the reader reads as standard
 * (`{{Infobox military conflict`, `{{Infobox battle` …: CONFLICT_INFOBOXES).
 * @example hasConflictInfobox('{{infobox_military_conflict\n|conflict=X}}') // true
 */
export function hasConflictInfobox(text: string): boolean {
  return CONFLICT_INFOBOX.test(text);
}
