// Stage 2 (read, wikitext): every footnote site → one Reference, reuses and list-defined refs resolved to it.
import {
  isParameter,
  isTemplate,
  type WikiElement,
  type WikiNode,
  type WikiParameter,
  type WikiTemplate,
} from '../../wikitext/wiki-node.js';
import type { Context } from '../../_lib/context.js';
import type { Reference } from '../../model/reference.js';
import { cleanNode } from '../../clean/clean-node.js';
import type { FootnoteSite } from './footnote-site.js';
import { shortFootnoteEntry } from './footnote-site.js';
import { formatShortFootnote } from './format-short-footnote.js';
import { readCitation } from './read-citation.js';

export interface ReferenceTable {
  /** The references in order of first appearance (use or definition). */
  references: Reference[];
  /** The id of the reference a footnote token stands for, or null (an empty unnamed <ref/>): the cleaner's onRef. */
  idOf(token: WikiElement): string | null;
}

interface Entry {
  reference: Reference;
  /** Produces the node that defines the reference, once a site with a body is found. */
  body: (() => WikiElement | null) | null;
  space: FootnoteSite['space'];
}

/**
 * Builds the reference table from footnote sites in document order. Named footnotes share one entry per
 * (space, group, name) whether the definition comes before or after a reuse, inside {{reflist|refs=}} or
 * <references>; unnamed ones get "ref-N" (N = position in the table); identical {{sfn}} calls share one.
 * Ids are given to every site; text and citation are read only for references `keep` accepts.
 * @example buildReferences(sitesFromTokens(footnotes, () => null), ctx).references[0]?.id // 'ref-barker'
 */
export function buildReferences(
  sites: readonly FootnoteSite[],
  ctx: Context,
  keep: (reference: Reference) => boolean = () => true,
): ReferenceTable {
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const byToken = new Map<WikiElement, Entry>();
  const usedIds = new Set<string>();

  const create = (site: FootnoteSite, key: string | null): Entry => {
    const base = site.name !== null ? slug(site.name) : '';
    const id = uniqueId(base !== '' ? `ref-${base}` : `ref-${entries.length + 1}`, usedIds);
    const entry: Entry = {
      reference: { id, name: site.name, text: '', citation: null, fields: [] },
      body: null,
      space: site.space,
    };
    entries.push(entry);
    if (key !== null) byKey.set(key, entry);
    return entry;
  };

  for (const site of sites) {
    let entry: Entry | null;
    if (site.space === 'sfn') {
      const key = `sfn\u0000${site.key ?? ''}`;
      entry = byKey.get(key) ?? create(site, key);
    } else if (site.name !== null) {
      // A named footnote: the first body met defines it; a use without body only points at it.
      const key = `${site.space}\u0000${site.group}\u0000${site.name}`;
      entry = byKey.get(key) ?? create(site, key);
    } else {
      entry = site.hasBody ? create(site, null) : null;
    }
    if (entry === null) continue;
    if (entry.body === null && site.hasBody) entry.body = site.body;
    if (site.token !== null) byToken.set(site.token, entry);
    if (site.field !== null && !entry.reference.fields.includes(site.field)) entry.reference.fields.push(site.field);
  }

  const idOf = (token: WikiElement): string | null => byToken.get(token)?.reference.id ?? null;
  const kept = entries.filter((e) => keep(e.reference));
  for (const entry of kept) {
    const body = entry.body?.() ?? null;
    if (body === null) continue;
    if (entry.space === 'sfn') {
      // an sfn site's body is its own template call
      if (isTemplate(body)) entry.reference.text = shortFootnoteText(body, ctx);
    } else {
      // A ref that is only a bare URL cleans to nothing (links keep their label, not their address): keep the URL.
      entry.reference.text =
        cleanNode(body, ctx, { onRef: idOf, onFootnote: idOf, citations: true }).text || bareUrls(body);
      entry.reference.citation = readCitation(body, ctx);
    }
  }
  return { references: kept.map((e) => e.reference), idOf };
}

/** The addresses of the external links in a node, space-separated ("http://a.org http://b.org"). */
function bareUrls(node: WikiElement): string {
  return node
    .querySelectorAll('free-ext-link, ext-link')
    .map((link) => String(link.type === 'ext-link' ? link.firstChild : link).trim())
    .filter((url) => url !== '')
    .join(' ');
}

function shortFootnoteText(t: WikiTemplate, ctx: Context): string {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const p of t.getAllArgs()) {
    const value = cleanNode(p.lastChild, ctx).text;
    if (p.anon) positional.push(value);
    else named.set(p.name.trim().toLowerCase(), value);
  }
  return formatShortFootnote({ positional, named, parenthesised: shortFootnoteEntry(t.name)?.parenthesised ?? false });
}

/** Lower-case letters and digits of any script, runs of anything else as one '-'. */
function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === '-') start++;
  while (end > start && s[end - 1] === '-') end--;
  return s.slice(start, end);
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Builds `fieldOf` for sitesFromTokens: climbs from a token to the infobox parameter holding it.
 * @example fieldFinder(new Map([[param, 'strength1']]))(refInsideParam) // 'strength1'
 */
export function fieldFinder(params: ReadonlyMap<WikiParameter, string>): (token: WikiElement) => string | null {
  return (token) => {
    if (params.size === 0) return null;
    for (let node: WikiNode | undefined = token.parentNode; node !== undefined; node = node.parentNode) {
      if (isParameter(node)) {
        const field = params.get(node);
        if (field !== undefined) return field;
      }
    }
    return null;
  };
}
