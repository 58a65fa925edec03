// Stage 2 (read, wikitext): every <ref> (and footnote template) → one Reference, reuses resolved to it.
import type { AstNodes, ExtToken, ParameterToken, Token, TranscludeToken } from 'wikiparser-node';
import type { Context } from '../../_lib/context.js';
import type { Reference } from '../../model/reference.js';
import { cleanNode } from '../../03-clean/clean-node.js';
import { NOTE_FOOTNOTE_TEMPLATES, SHORT_FOOTNOTE_TEMPLATES, type ShortFootnoteEntry } from '../_data/footnote-templates.js';
import { formatShortFootnote } from './format-short-footnote.js';
import { readCitation } from './read-citation.js';
import { createNameMatcher } from './template-name.js';

const matchShortFootnote = createNameMatcher(SHORT_FOOTNOTE_TEMPLATES);
const matchNoteFootnote = createNameMatcher(NOTE_FOOTNOTE_TEMPLATES);

/**
 * True for templates that make a footnote of their own ({{sfn}}, {{efn}}, {{refn}} …).
 * @example isFootnoteTemplateName('Template:Sfn') // true
 */
export function isFootnoteTemplateName(name: string): boolean {
  return matchShortFootnote(name) !== undefined || matchNoteFootnote(name) !== undefined;
}

export interface ReferenceTable {
  /** The references in order of first appearance (use or definition). */
  references: Reference[];
  /** The id of the reference a footnote token stands for, or null (an empty unnamed <ref/>): the cleaner's onRef. */
  idOf(token: Token): string | null;
}

interface Entry {
  reference: Reference;
  /** The token whose content defines the reference (ref body, note text), once found. */
  body: Token | null;
}

/**
 * Builds the reference table from footnote tokens in document order. Named refs share one entry per
 * (group, name) whether the definition comes before or after a reuse, inside {{reflist|refs=}} or
 * <references>; unnamed refs get "ref-N" (N = position in the table); identical {{sfn}} calls share one.
 * `fieldOf` names the infobox field a token stands in (or null), for `fields` back-links.
 * @example buildReferences(collected.footnotes, ctx, () => null).references[0]?.id // 'ref-barker'
 */
export function buildReferences(footnotes: readonly (ExtToken | TranscludeToken)[], ctx: Context, fieldOf: (token: Token) => string | null): ReferenceTable {
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const byToken = new Map<Token, Entry | null>();
  const usedIds = new Set<string>();

  const create = (name: string | null, key: string | null, body: Token | null, text = ''): Entry => {
    const base = name !== null ? slug(name) : '';
    const id = uniqueId(base !== '' ? `ref-${base}` : `ref-${entries.length + 1}`, usedIds);
    const entry: Entry = { reference: { id, name, text, citation: null, fields: [] }, body };
    entries.push(entry);
    if (key !== null) byKey.set(key, entry);
    return entry;
  };
  // A named footnote: the first body met defines it; a use without body only points at it.
  const named = (key: string, name: string, body: Token | null): Entry => {
    const entry = byKey.get(key) ?? create(name, key, null);
    if (entry.body === null && body !== null) entry.body = body;
    return entry;
  };

  for (const token of footnotes) {
    let entry: Entry | null = null;
    if (token.type === 'ext') {
      entry = readRefTag(token as ExtToken, named, create);
    } else if (token.type === 'magic-word') {
      const t = token as TranscludeToken;
      entry = readRefLike(argValue(t, '2'), argText(t, 'name'), `ref\u0000${argText(t, 'group') ?? ''}`, named, create);
    } else {
      const t = token as TranscludeToken;
      const short = matchShortFootnote(t.name);
      if (short) {
        const text = shortFootnoteText(t, short, ctx);
        const key = `sfn\u0000${text}`;
        entry = byKey.get(key) ?? create(null, key, null, text);
      } else {
        const body = argValue(t, '1') ?? argValue(t, 'text');
        entry = readRefLike(body, argText(t, 'name'), `note\u0000${argText(t, 'group') ?? ''}`, named, create);
      }
    }
    byToken.set(token, entry);
    if (entry === null) continue;
    const field = fieldOf(token);
    if (field !== null && !entry.reference.fields.includes(field)) entry.reference.fields.push(field);
  }

  const idOf = (token: Token): string | null => byToken.get(token)?.reference.id ?? null;
  for (const entry of entries) {
    if (entry.body === null) continue;
    entry.reference.text = cleanNode(entry.body, ctx, { onRef: idOf, onFootnote: idOf, citations: true }).text;
    entry.reference.citation = readCitation(entry.body, ctx);
  }
  return { references: entries.map((e) => e.reference), idOf };
}

type Named = (key: string, name: string, body: Token | null) => Entry;
type Create = (name: string | null, key: string | null, body: Token | null) => Entry;

function readRefTag(ref: ExtToken, named: Named, create: Create): Entry | null {
  const content = ref.selfClosing ? null : (ref.lastChild as Token);
  return readRefLike(content, attrText(ref, 'name'), `ref\u0000${attrText(ref, 'group') ?? ''}`, named, create);
}

/** Shared by <ref>, {{#tag:ref}} and note templates: named → shared entry; unnamed with a body → new entry. */
function readRefLike(body: Token | null, name: string | null, keySpace: string, named: Named, create: Create): Entry | null {
  const usable = body !== null && body.text().trim() !== '' ? body : null;
  if (name !== null) return named(`${keySpace}\u0000${name}`, name, usable);
  return usable === null ? null : create(null, null, usable);
}

function shortFootnoteText(t: TranscludeToken, entry: ShortFootnoteEntry, ctx: Context): string {
  const positional: string[] = [];
  const namedValues = new Map<string, string>();
  for (const p of t.getAllArgs()) {
    const value = cleanNode(p.lastChild, ctx).text;
    if (p.anon) positional.push(value);
    else namedValues.set(p.name.trim().toLowerCase(), value);
  }
  return formatShortFootnote({ positional, named: namedValues, parenthesised: entry.parenthesised });
}

function attrText(ext: ExtToken, key: string): string | null {
  const v = ext.getAttr(key);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function argValue(t: TranscludeToken, key: string): Token | null {
  const p: ParameterToken | undefined = t.getArg(key);
  return p ? p.lastChild : null;
}

function argText(t: TranscludeToken, key: string): string | null {
  const v = t.getArg(key)?.lastChild.text().trim();
  return v !== undefined && v !== '' ? v : null;
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
 * Builds `fieldOf` for buildReferences: climbs from a token to the infobox parameter holding it.
 * @example fieldFinder(new Map([[param, 'strength1']]))(refInsideParam) // 'strength1'
 */
export function fieldFinder(params: ReadonlyMap<ParameterToken, string>): (token: Token) => string | null {
  return (token) => {
    if (params.size === 0) return null;
    for (let node: AstNodes | undefined = token.parentNode; node !== undefined; node = node.parentNode) {
      if (node.type === 'parameter') {
        const field = params.get(node as ParameterToken);
        if (field !== undefined) return field;
      }
    }
    return null;
  };
}
