// Stage 2 (read, wikitext): tell the page's title coordinates — a {{coord}} with display=title or inline,title —
// from any other template call, the same way for a parsed token and for a call the page outline scan found.
import { readCoordDisplay } from '../../clean/format-coord.js';
import { findTemplateRule } from '../../clean/lookup-template.js';
import { normalizeTemplateName } from '../../wikitext/template-name.js';

/** Most calls are not {{coord}}: a look at the first letters spares them the name lookup. */
const MAYBE_COORD = /^\s*(?:template\s*:\s*)?(?:coor|location)/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * The call's source without comments when it is a {{coord}} (any alias of the template table's `coord` rule) shown
 * beside the page title, else null. `name` is the name as written; `source` the whole call, `{{` to `}}`.
 * @example titleCoordinatesCall('coord', '{{coord|52|35|N|1|24|W|display=title}}') // '{{coord|52|35|N|1|24|W|display=title}}'
 */
export function titleCoordinatesCall(name: string, source: string): string | null {
  if (!MAYBE_COORD.test(name) || findTemplateRule(normalizeTemplateName(name))?.id !== 'coord') return null;
  const call = source.includes('<!--') ? source.replace(COMMENT, '') : source;
  const display = namedArgument(call.slice(2, -2), 'display');
  return display !== null && readCoordDisplay(display).title ? call : null;
}

/** The last value of a named argument of "name|a|k=v" (top-level pipes only: {{…}} and [[…]] nest), or null. */
function namedArgument(inner: string, key: string): string | null {
  let found: string | null = null;
  let depth = 0;
  let start = -1;
  const take = (end: number): void => {
    if (start < 0) return;
    const piece = inner.slice(start, end);
    const eq = piece.indexOf('=');
    if (eq >= 0 && piece.slice(0, eq).trim().toLowerCase() === key) found = piece.slice(eq + 1).trim();
  };
  for (let i = 0; i < inner.length; i++) {
    const two = inner.slice(i, i + 2);
    if (two === '{{' || two === '[[') {
      depth++;
      i++;
    } else if ((two === '}}' || two === ']]') && depth > 0) {
      depth--;
      i++;
    } else if (inner[i] === '|' && depth === 0) {
      take(i);
      start = i + 1;
    }
  }
  take(inner.length);
  return found;
}
