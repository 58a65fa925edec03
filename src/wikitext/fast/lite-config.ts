// Wikitext parser: what the fast reader takes from wikiparser-node's English Wikipedia config — tag names,
// magic words, namespaces, URL protocols — read once, so both readers agree on the vocabulary.
import Parser from 'wikiparser-node';
import { z } from 'zod';
import { parsePage } from '../parse-page.js';

/**
 * The part of `Parser.getConfig()` read here. Its typings describe some fields loosely, so the shape is checked
 * once, when read: an upgrade of wikiparser-node that changes it fails here, by name, not somewhere downstream.
 */
export const UpstreamConfigSchema = z.object({
  html: z.array(z.array(z.string())),
  // [case-insensitive functions, case-sensitive ones, name modifiers, subst modifiers]
  parserFunction: z.tuple([
    z.record(z.string(), z.string()),
    z.record(z.string(), z.string()),
    z.array(z.string()),
    z.array(z.string()),
  ]),
  // [case-insensitive switches, case-sensitive ones, then their aliases]
  doubleUnderscore: z.tuple([z.array(z.string()), z.array(z.string())]).rest(z.unknown()),
  nsid: z.record(z.string(), z.number()),
  namespaces: z.record(z.string(), z.string()),
  protocol: z.string(),
  redirection: z.array(z.string()),
});

export interface LiteConfig {
  /** HTML tag names the parser makes tokens of. */
  html: ReadonlySet<string>;
  /** Case-insensitive parser functions and magic words (lower-case key, with '#') → canonical name. */
  insensitive: ReadonlyMap<string, string>;
  /** Case-sensitive magic words (e.g. DEFAULTSORT, PAGENAME) → canonical name. */
  sensitive: ReadonlyMap<string, string>;
  /** Name prefixes that change how a transclusion is read (subst:, msg: …). */
  modifiers: ReadonlySet<string>;
  /** Namespace name or alias (lower case) → id; id → canonical name. */
  nsid: ReadonlyMap<string, number>;
  namespaces: ReadonlyMap<number, string>;
  /** Double-underscore switches, lower case. */
  switches: ReadonlySet<string>;
  /** A link target that is an address ([[http://…]] is not a link). */
  addressTarget: RegExp;
  /** The address of an external link, at a given index (sticky): what follows '['. */
  extLinkUrlAt: RegExp;
  /** A free address at a given index (sticky): the protocol, the rest. */
  freeLinkAt: RegExp;
  /** A redirect at the start of a page: leading space, keyword (and ':'), target, `|text`, trailing space. */
  redirect: RegExp;
}

/** Characters an address may hold (and, with "[v6]" hosts, begin with). */
const URL_FIRST = String.raw`(?:\[[\da-f:.]+\]|[^[\]<>"\0-\x1F\x7F\p{Zs}\uFFFD])`;
const URL_CHAR = String.raw`[^[\]<>"\0-\x1F\x7F\p{Zs}\uFFFD]`;

let config: LiteConfig | null = null;

/**
 * The vocabulary, from `Parser.getConfig()` after the enwiki config is set.
 * @example liteConfig().nsid.get('wikipedia') // 4
 */
export function liteConfig(): LiteConfig {
  if (config !== null) return config;
  parsePage('x', 1); // sets the enwiki config once
  const c = UpstreamConfigSchema.parse(Parser.getConfig());
  const [insensitive, sensitive, modifiers, subst] = c.parserFunction;
  const [insensitiveSwitches, sensitiveSwitches] = c.doubleUnderscore;
  config = {
    html: new Set(c.html.flat()),
    insensitive: new Map(Object.entries(insensitive)),
    sensitive: new Map(Object.entries(sensitive)),
    modifiers: new Set([...modifiers, ...subst].map((m) => m.toLowerCase())),
    nsid: new Map(Object.entries(c.nsid)),
    namespaces: new Map(Object.entries(c.namespaces).map(([id, name]) => [Number(id), name])),
    switches: new Set([...insensitiveSwitches, ...sensitiveSwitches].map((s) => s.toLowerCase())),
    addressTarget: new RegExp(String.raw`^\s*(?:${c.protocol}|//)`, 'i'),
    extLinkUrlAt: new RegExp(`(?:${c.protocol}|//)${URL_FIRST}${URL_CHAR}*`, 'iuy'),
    freeLinkAt: new RegExp(`(${c.protocol})(${URL_FIRST}${URL_CHAR}*)`, 'iuy'),
    // The keyword and the whole '[[…]]' are read from the raw page, before comments and tags, as the parser does.
    redirect: new RegExp(
      String.raw`^(\s*)((?:${c.redirection.join('|')})\s*(?::\s*)?)\[\[([^\n|\]]+)(\|.*?)?\]\](\s*)`,
      'iu',
    ),
  };
  return config;
}
