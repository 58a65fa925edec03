// Clean service: wikitext value → CleanValue — parse once with wikiparser-node, then walk the AST.
import { limitMarkup } from '../wikitext/limit-markup.js';
import type { CleanValue } from '../_lib/clean-value.js';
import { createContext, type Context } from '../_lib/context.js';
import { parseWikitext } from '../wikitext/parse-wikitext.js';
import { cleanNode, type CleanOptions } from './clean-node.js';

/**
 * Parses a wikitext fragment (an infobox value, a casualties string) and cleans it.
 * Markup nested or split beyond the parser's comfort is made text first (`markup-limit`), by the rule a whole page
 * gets, so a value reads the same alone as in its article.
 * @example cleanWikitext("{{circa|500}} tanks<br />254 guns").text // → 'c. 500 tanks\n254 guns'
 */
export function cleanWikitext(text: string, ctx: Context = createContext(), options: CleanOptions = {}): CleanValue {
  return cleanNode(parseWikitext(limitMarkup(text, ctx), ctx), ctx, options);
}
