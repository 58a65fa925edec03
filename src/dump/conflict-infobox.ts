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
const conflictInfobox = (commentStart: string): RegExp =>
  new RegExp(
    `\\{\\{[ \\t\\n]*(?:[Tt][Ee][Mm][Pp][Ll][Aa][Tt][Ee][ \\t]*:[ \\t]*)?(?:${CONFLICT_INFOBOXES.map((t) => namePattern(t.name)).join('|')})[ _\\t\\r\\n]*(?:\\||\\}\\}|${commentStart})`,
  );
const CONFLICT_INFOBOX = conflictInfobox('<!--');
// In an export's raw text `<` is `&lt;`; every other character of the pattern is ASCII and written as itself.
const CONFLICT_INFOBOX_ENCODED = conflictInfobox('&lt;!--');

/**
 * True when the wikitext calls one of the conflict infoboxes the reader reads as standard
 * (`{{Infobox military conflict`, `{{Infobox battle` …: CONFLICT_INFOBOXES).
 * @example hasConflictInfobox('{{infobox_military_conflict\n|conflict=X}}') // true
 */
export function hasConflictInfobox(text: string): boolean {
  return CONFLICT_INFOBOX.test(text);
}

/**
 * hasConflictInfobox on a page's raw export text (UTF-8 bytes as a byte string, entities not decoded) with no
 * character reference (`&#…;`) in it: the same answer without decoding the text.
 * @example hasConflictInfoboxEncoded('{{Infobox battle&lt;!-- x --&gt;|a=1}}') // true
 */
export function hasConflictInfoboxEncoded(raw: string): boolean {
  return CONFLICT_INFOBOX_ENCODED.test(raw);
}
