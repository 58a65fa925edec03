// Wikitext parser: page titles of links and templates, normalised as wikiparser-node's Title does for the
// plain cases; anything less plain (entities, percent-escapes, odd characters) is left to the full parser.
import { decodeEntities } from '../decode-entities.js';
import { liteConfig } from './lite-config.js';
import type { LiteTitle } from './lite-node.js';
import { LiteUnsupported } from './lite-unsupported.js';

/** Characters a plain title never holds; their meaning in a title is the full parser's to decide. */
const UNPLAIN = /[<>[\]{}|\n\0\x7F\uFFFD]|~~~/;

/**
 * Normalises a written title: namespace by name or alias, '_' and runs of spaces to one space, first letter
 * upper-cased, fragment after '#'. `defaultNs` is 0 for links, 10 for templates. Throws LiteUnsupported when the
 * title is not plain.
 * @example normalizeLiteTitle('wikipedia:a_b#c d', 0) // { ns: 4, prefix: 'Project:', main: 'A b', fragment: 'c_d', interwiki: '' }
 */
export function normalizeLiteTitle(rawTitle: string, defaultNs: number): LiteTitle {
  const written = decodeTitle(rawTitle);
  if (UNPLAIN.test(written)) throw new LiteUnsupported('title', written);
  const hash = written.indexOf('#');
  const page = clean(hash >= 0 ? written.slice(0, hash) : written);
  const fragment = hash >= 0 ? written.slice(hash + 1) : undefined;
  if (fragment !== undefined && (fragment !== fragment.trim() || fragment === '' || /[#_]/.test(fragment)))
    throw new LiteUnsupported('title fragment', written);
  let ns = defaultNs;
  let main = page;
  if (main.startsWith(':')) {
    ns = 0;
    main = clean(main.slice(1));
  }
  const colon = main.indexOf(':');
  if (colon > 0) {
    const id = liteConfig().nsid.get(main.slice(0, colon).trim().toLowerCase());
    if (id !== undefined) {
      ns = id;
      main = clean(main.slice(colon + 1));
    }
  }
  if (
    main.startsWith(':') ||
    main.startsWith('/') ||
    main.startsWith('.') ||
    (main === '' && (fragment === undefined || ns !== defaultNs))
  ) {
    throw new LiteUnsupported('title', written);
  }
  if (main !== '') {
    const first = String.fromCodePoint(main.codePointAt(0)!);
    const upper = first.toUpperCase();
    if (upper.length !== first.length) throw new LiteUnsupported('title', written);
    main = upper + main.slice(first.length);
  }
  const prefix = ns === 0 ? '' : `${liteConfig().namespaces.get(ns) ?? ''}:`;
  const title: LiteTitle = { main, prefix, interwiki: '', ns };
  if (fragment !== undefined) title.fragment = fragment.replace(/ /g, '_');
  return title;
}

/** The title as wikiparser-node names a template or link: `Template:Sfn`, `Battle_of_X`. */
export function titleName(title: LiteTitle): string {
  return `${title.prefix}${title.main}`.replace(/ /g, '_');
}

/** Entities and percent-escapes, decoded as MediaWiki does before it reads a title. */
function decodeTitle(s: string): string {
  let out = s.includes('&') ? decodeEntities(s) : s;
  if (out.includes('%')) {
    if (!/^(?:[^%]|%[0-9A-Fa-f]{2})*$/.test(out)) throw new LiteUnsupported('title', s);
    try {
      out = decodeURIComponent(out);
    } catch {
      throw new LiteUnsupported('title', s);
    }
  }
  if (/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(out)) throw new LiteUnsupported('title', s);
  return out;
}

function clean(s: string): string {
  return s.replace(/[_\s]+/g, ' ').trim();
}
