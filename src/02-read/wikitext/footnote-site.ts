// Stage 2 (read, wikitext): one place a footnote stands (<ref>, {{sfn}}, {{efn}} …), whichever parse found it.
import { isTag, type WikiElement, type WikiTag, type WikiTemplate } from '../../wikitext/wiki-node.js';
import { NOTE_FOOTNOTE_TEMPLATES, SHORT_FOOTNOTE_TEMPLATES } from '../_data/footnote-templates.js';
import { createNameMatcher } from '../../wikitext/template-name.js';

const matchShortFootnote = createNameMatcher(SHORT_FOOTNOTE_TEMPLATES);
const matchNoteFootnote = createNameMatcher(NOTE_FOOTNOTE_TEMPLATES);

/**
 * A footnote occurrence, as buildReferences needs it. The full reader makes sites from the parsed page;
 * the infobox-only reader (sections: false) makes most of them from a cheap scan, with no token at all.
 */
export interface FootnoteSite {
  /** Names are shared within a space: <ref> and {{#tag:ref}} → 'ref'; {{efn}} and kin → 'note'; {{sfn}} → 'sfn'. */
  space: 'ref' | 'note' | 'sfn';
  /** The name attribute / name= parameter, trimmed; null when unnamed (always null for sfn). */
  name: string | null;
  group: string;
  /** Identity of a short footnote: identical calls are one footnote, as on the wiki. */
  key: string | null;
  /** True when the site holds the footnote's content (a definition), false for a reuse. */
  hasBody: boolean;
  /** The node whose cleaned text is the reference's text (ref body, note text, the {{sfn}} call), if at hand. */
  body: () => WikiElement | null;
  /** The token the cleaner will meet (for onRef / onFootnote), if this site was fully parsed. */
  token: WikiElement | null;
  /** The infobox field the site stands in, or null. */
  field: string | null;
}

/**
 * True for templates that make a footnote of their own ({{sfn}}, {{efn}}, {{refn}} …).
 * @example isFootnoteTemplateName('Template:Sfn') // true
 */
export function isFootnoteTemplateName(name: string): boolean {
  return matchShortFootnote(name) !== undefined || matchNoteFootnote(name) !== undefined;
}

/**
 * True for short-footnote templates ({{sfn}}, {{sfnp}}); the year is parenthesised for sfnp.
 * @example shortFootnoteEntry('Sfnp')?.parenthesised // true
 */
export function shortFootnoteEntry(name: string): (typeof SHORT_FOOTNOTE_TEMPLATES)[number] | undefined {
  return matchShortFootnote(name);
}

/**
 * The identity of a short-footnote call: its source without the braces, spaces collapsed around '|'
 * and '=', case kept. Computed from source text so that a scan and a full parse agree.
 * @example shortFootnoteKey('{{sfn| Barker |2005| p = 3}}') // 'sfn|Barker|2005|p=3'
 */
export function shortFootnoteKey(source: string): string {
  let s = source.trim();
  if (s.startsWith('{{')) s = s.slice(2);
  if (s.endsWith('}}')) s = s.slice(0, -2);
  const parts = s.split('|').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? part.trim() : `${part.slice(0, eq).trim()}=${part.slice(eq + 1).trim()}`;
  });
  parts[0] = (parts[0] ?? '').toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ');
  return parts.join('|');
}

/**
 * Sites from fully parsed footnote tokens (document order); `fieldOf` names the infobox field of each.
 * @example sitesFromTokens(collected.footnotes, () => null)[0]?.space // 'ref'
 */
export function sitesFromTokens(
  footnotes: readonly (WikiTag | WikiTemplate)[],
  fieldOf: (token: WikiElement) => string | null,
): FootnoteSite[] {
  const sites: FootnoteSite[] = [];
  for (const token of footnotes) {
    const field = fieldOf(token);
    if (isTag(token)) {
      const body = token.selfClosing === true ? null : token.lastChild;
      sites.push({
        space: 'ref',
        name: attrText(token, 'name'),
        group: attrText(token, 'group') ?? '',
        key: null,
        hasBody: hasText(body),
        body: () => body,
        token,
        field,
      });
    } else if (token.type === 'magic-word') {
      const body = argValue(token, '2');
      sites.push({
        space: 'ref',
        name: argText(token, 'name'),
        group: argText(token, 'group') ?? '',
        key: null,
        hasBody: hasText(body),
        body: () => body,
        token,
        field,
      });
    } else {
      const t = token;
      if (matchShortFootnote(t.name)) {
        sites.push({
          space: 'sfn',
          name: null,
          group: '',
          key: shortFootnoteKey(t.text()),
          hasBody: true,
          body: () => t,
          token,
          field,
        });
      } else {
        const body = argValue(t, '1') ?? argValue(t, 'text');
        sites.push({
          space: 'note',
          name: argText(t, 'name'),
          group: argText(t, 'group') ?? '',
          key: null,
          hasBody: hasText(body),
          body: () => body,
          token,
          field,
        });
      }
    }
  }
  return sites;
}

function hasText(body: WikiElement | null): boolean {
  return body !== null && body.text().trim() !== '';
}

function attrText(ext: WikiTag, key: string): string | null {
  const v = ext.getAttr(key);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function argValue(t: WikiTemplate, key: string): WikiElement | null {
  return t.getArg(key)?.lastChild ?? null;
}

function argText(t: WikiTemplate, key: string): string | null {
  const v = t.getArg(key)?.lastChild.text().trim();
  return v !== undefined && v !== '' ? v : null;
}
