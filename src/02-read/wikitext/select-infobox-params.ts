// Stage 2 (read, wikitext): the infobox parameters that count — MediaWiki's last-wins rule, empties skipped.
import type { WikiElement, WikiParameter, WikiTemplate } from '../../wikitext/wiki-node.js';
import type { Context } from '../../_lib/context.js';

export interface InfoboxParam {
  /** Trimmed, lower-cased; the number for a positional parameter. */
  name: string;
  /** Exact source of the value, trimmed. */
  raw: string;
  /** The parameter token (its lastChild is the value). */
  param: WikiParameter;
}

const QUOTE_LIMIT = 60;

/**
 * Lists the infobox's parameters in source order as MediaWiki sees them: a repeated name keeps only its
 * last value (`duplicate-field` when an earlier value is lost), values that are empty or only comments
 * are skipped, and a positional parameter with text is kept under its number (`positional-field`).
 * Names are data: they go in a Map, never on a plain object.
 * @example selectInfoboxParams(Parser.parse('{{Infobox battle|date=1|date=2}}').firstChild, ctx)[0]?.raw // '2'
 */
export function selectInfoboxParams(infobox: WikiTemplate, ctx: Context): InfoboxParam[] {
  const kept: (InfoboxParam | null)[] = [];
  const lastIndex = new Map<string, number>();
  const lastRaw = new Map<string, string>();
  for (const param of infobox.getAllArgs()) {
    const name = param.name.trim().toLowerCase();
    const raw = String(param.lastChild).trim();
    const empty = raw === '' || isOnlyComments(param.lastChild);
    const earlier = lastRaw.get(name);
    if (earlier !== undefined) {
      const index = lastIndex.get(name);
      if (index !== undefined) kept[index] = null;
      ctx.warn(
        'duplicate-field',
        `Parameter "${name}" is given more than once; the earlier value "${quote(earlier)}" was replaced by ${empty ? 'an empty value' : `"${quote(raw)}"`}, as MediaWiki does.`,
        name,
      );
    }
    if (empty) {
      lastRaw.delete(name);
      lastIndex.delete(name);
      continue;
    }
    if (param.anon) {
      ctx.warn('positional-field', `Unnamed parameter ${name} ("${quote(raw)}") is kept as field "${name}".`, name);
    } else if (name === '') {
      ctx.warn('positional-field', `A parameter with an empty name ("${quote(raw)}") is kept as field "".`, name);
    }
    lastRaw.set(name, raw);
    lastIndex.set(name, kept.length);
    kept.push({ name, raw, param });
  }
  return kept.filter((p): p is InfoboxParam => p !== null);
}

/** True when the value holds nothing but comments and whitespace (`| casualties3 = <!-- fill in -->`). */
function isOnlyComments(value: WikiElement): boolean {
  return value.text().trim() === '';
}

function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > QUOTE_LIMIT ? `${one.slice(0, QUOTE_LIMIT)}…` : one;
}
