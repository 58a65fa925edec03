// Stage 2 (read, wikitext): say when the page is not an article — redirect, disambiguation, talk page.
import type { Context } from '../../_lib/context.js';
import { DISAMBIGUATION_TEMPLATES, REDIRECT_KEYWORDS, TALK_PAGE_TEMPLATES } from '../_data/page-kind-templates.js';
import { createNameMatcher } from '../../wikitext/template-name.js';

const matchDisambiguation = createNameMatcher(DISAMBIGUATION_TEMPLATES);
const matchTalkBanner = createNameMatcher(TALK_PAGE_TEMPLATES);
const SIGNATURE_LINK = /\[\[\s*user(?:[ _]talk)?\s*:/i;
// Longest first, so "#redirection" is not read as "#redirect" + "ion".
const KEYWORDS = REDIRECT_KEYWORDS.map((k) => k.keyword.toLowerCase()).sort((a, b) => b.length - a.length);

export type PageKind = 'article' | 'redirect' | 'disambiguation' | 'talk';

/**
 * Classifies the page and warns when it is not an article: `redirect` (info, naming the target),
 * `disambiguation` (a disambiguation or set-index template) or `not-article` (talk-page banners, or user
 * signatures with "(UTC)"). `text` is the normalised source, `templateNames` the names of its top-level templates
 * as written.
 * @example detectPageKind('#REDIRECT [[Battle of the Nile]]', [], ctx) // 'redirect'
 */
export function detectPageKind(text: string, templateNames: readonly string[], ctx: Context): PageKind {
  const target = readRedirectTarget(text);
  if (target !== null) {
    ctx.warn('redirect', `The page is a redirect to "${target}"; it holds no article.`, undefined, 'info');
    return 'redirect';
  }
  const dab = templateNames.find((n) => matchDisambiguation(n));
  if (dab !== undefined) {
    ctx.warn(
      'disambiguation',
      `The page is a disambiguation or set-index page ({{${dab}}}), not an article about one conflict.`,
      undefined,
      'info',
    );
    return 'disambiguation';
  }
  const banner = templateNames.find((n) => matchTalkBanner(n));
  if (banner !== undefined) {
    ctx.warn('not-article', `The page is a talk page ({{${banner}}}), not an article.`, undefined, 'info');
    return 'talk';
  }
  if (text.includes('(UTC)') && SIGNATURE_LINK.test(text)) {
    ctx.warn(
      'not-article',
      'The page holds user signatures with "(UTC)": it is a talk or discussion page, not an article.',
      undefined,
      'info',
    );
    return 'talk';
  }
  return 'article';
}

/**
 * The target of `#REDIRECT [[Target]]` (any case, any alias in REDIRECT_KEYWORDS, optional ':'), or null.
 * @example readRedirectTarget('#redirect [[Battle of the Nile]]') // 'Battle of the Nile'
 */
export function readRedirectTarget(text: string): string | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text[i] !== '#') return null;
  const head = text.slice(i, i + 40).toLowerCase();
  const keyword = KEYWORDS.find((k) => head.startsWith(k));
  if (keyword === undefined) return null;
  i += keyword.length;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || text[i] === ':')) i++;
  if (!text.startsWith('[[', i)) return null;
  const end = text.indexOf(']]', i + 2);
  if (end < 0) return null;
  const inner = text.slice(i + 2, end);
  const pipe = inner.indexOf('|');
  const target = (pipe < 0 ? inner : inner.slice(0, pipe)).trim();
  return target === '' ? null : target;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}
