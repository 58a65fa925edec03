// Stage 3 (clean): wikitext value → CleanValue — parse once with wikiparser-node, then walk the AST.
import type { CleanValue } from '../_lib/clean-value.js';
import { createContext, type Context } from '../_lib/context.js';
import { parseWikitext } from '../02-read/wikitext/parse-wikitext.js';
import { cleanNode, type CleanOptions } from './clean-node.js';
import { limitNesting, MAX_TEMPLATE_DEPTH } from './limit-nesting.js';

/**
 * Parses a wikitext fragment (an infobox value, a casualties string) and cleans it.
 * Templates nested deeper than MAX_TEMPLATE_DEPTH are cut first: the parser itself recurses per level.
 * @example cleanWikitext("{{circa|500}} tanks<br />254 guns").text // → 'c. 500 tanks\n254 guns'
 */
export function cleanWikitext(text: string, ctx: Context = createContext(), options: CleanOptions = {}): CleanValue {
  const limited = limitNesting(text);
  if (limited !== text) {
    ctx.warn('unclosed-markup', `Templates nested deeper than ${MAX_TEMPLATE_DEPTH} levels were dropped.`, options.field);
  }
  return cleanNode(parseWikitext(limited, ctx), ctx, options);
}
