// Stage 2 (read, wikitext): make raw page source safe for the parser — BOM, CRLF, control bytes, deep nesting.
import type { Context } from '../../_lib/context.js';

/** Templates nested deeper than this are read as text: real pages stay under ~10, and the parser recurses. */
export const MAX_TEMPLATE_NESTING = 100;

/**
 * Normalises page source: drops a BOM, turns CRLF/CR into LF, removes NUL and DEL (the parser uses them
 * as internal markers, and MediaWiki never stores them), and defuses template nesting deeper than
 * MAX_TEMPLATE_NESTING (those braces become entities, read as text) with a warning.
 * @example normalizeSource('\uFEFFa\r\nb\u0000', ctx) // 'a\nb'
 */
export function normalizeSource(text: string, ctx: Context): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  s = s.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex -- removing these bytes is the point
  s = s.replace(/[\u0000\u007f]/g, '');
  return defuseDeepNesting(s, ctx);
}

/** Replaces '{{' openers (and their '}}') beyond the nesting limit with HTML entities; linear scan. */
function defuseDeepNesting(s: string, ctx: Context): string {
  let depth = 0;
  let excess = 0;
  let out: string[] | null = null;
  let last = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7b && s.charCodeAt(i + 1) === 0x7b) {
      if (depth >= MAX_TEMPLATE_NESTING) {
        out ??= [];
        out.push(s.slice(last, i), '&#123;&#123;');
        last = i + 2;
        excess++;
      } else depth++;
      i++;
    } else if (c === 0x7d && s.charCodeAt(i + 1) === 0x7d) {
      if (excess > 0) {
        out ??= [];
        out.push(s.slice(last, i), '&#125;&#125;');
        last = i + 2;
        excess--;
      } else if (depth > 0) depth--;
      i++;
    }
  }
  if (out === null) return s;
  out.push(s.slice(last));
  ctx.warn('unclosed-markup', `Templates are nested more than ${MAX_TEMPLATE_NESTING} deep; the deeper ones are read as text.`);
  return out.join('');
}
