// Stage 2 (read, wikitext): tell the page's title coordinates — a {{coord}} with display=title or inline,title —
// from any other template call, the same way for a parsed token and for a call the page outline scan found.
import { readCoordDisplay } from '../../clean/format-coord.js';
import { findTemplateRule } from '../../clean/lookup-template.js';
import { normalizeTemplateName } from '../../wikitext/template-name.js';
import { splitCallArguments } from './split-call-arguments.js';

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
  const display = splitCallArguments(call.slice(2, -2)).named.get('display') ?? null;
  return display !== null && readCoordDisplay(display).title ? call : null;
}
