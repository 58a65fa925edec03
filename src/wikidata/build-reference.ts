// Wikidata: the reference of a statement — the article revision it was imported from, and the figure's own citation.
import type { Figure } from '../model/figure.js';
import type { Reference } from '../model/reference.js';
import { PROPERTY, WIKIPEDIA_EDITION_ITEM } from './_data/wikidata-ids.js';
import { lookupItem, type ItemsMap } from './read-items-map.js';
import type { Snak } from './wikidata-statement.js';

export interface ArticleSource {
  /** Wikipedia language code (`en`). */
  lang: string;
  /** Base URL of the wiki (`https://en.wikipedia.org`). */
  wikiUrl: string;
  title: string;
  revisionId?: number | undefined;
}

/**
 * The article's URL: a permanent link to the revision that was read when it is known, else the page itself.
 * @example articleUrl({ lang: 'en', wikiUrl: 'https://en.wikipedia.org', title: 'Battle of Actium', revisionId: 798040191 })
 * // 'https://en.wikipedia.org/w/index.php?title=Battle_of_Actium&oldid=798040191'
 */
export function articleUrl(source: ArticleSource): string {
  const title = encodeURIComponent(source.title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');
  return source.revisionId === undefined
    ? `${source.wikiUrl}/wiki/${title}`
    : `${source.wikiUrl}/w/index.php?title=${title}&oldid=${source.revisionId}`;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"\]|]+/;

/** The first of the figure's references that names a URL, with that URL. */
function citedSource(figure: Figure, references: readonly Reference[]): { ref: Reference; url: string } | null {
  for (const id of figure.refs) {
    const ref = references.find((r) => r.id === id);
    if (!ref) continue;
    // A URL in running text ends before the sentence's punctuation.
    const url = ref.citation?.url ?? URL_IN_TEXT.exec(ref.text)?.[0]?.replace(/[.,;:!?)]+$/, '') ?? null;
    if (url && /^https?:\/\//.test(url)) return { ref, url };
  }
  return null;
}

/**
 * One reference block: `imported from Wikimedia project` (P143, the language edition, when its item is known) and
 * `Wikimedia import URL` (P4656); then, from the first of the figure's own references that has a URL,
 * `reference URL` (P854), its cite template's `title` (P1476) and, when the map knows the work, `stated in` (P248).
 * @example buildReference(figure, conflict.references, source, {})[0] // { property: 'P143', value: { type: 'item', id: 'Q328', label: 'en.wikipedia.org' } }
 */
export function buildReference(
  figure: Figure,
  references: readonly Reference[],
  source: ArticleSource,
  items: ItemsMap,
): Snak[] {
  const snaks: Snak[] = [];
  const edition = WIKIPEDIA_EDITION_ITEM[source.lang];
  const host = new URL(source.wikiUrl).host;
  if (edition)
    snaks.push({ property: PROPERTY.importedFromWikimediaProject, value: { type: 'item', id: edition, label: host } });
  snaks.push({ property: PROPERTY.wikimediaImportUrl, value: { type: 'url', value: articleUrl(source) } });
  const cited = citedSource(figure, references);
  if (cited) {
    const work = cited.ref.citation?.work ?? null;
    const workItem = work ? lookupItem(items, [work]) : null;
    if (work && workItem)
      snaks.push({ property: PROPERTY.statedIn, value: { type: 'item', id: workItem, label: work } });
    snaks.push({ property: PROPERTY.referenceUrl, value: { type: 'url', value: cited.url } });
    const title = cited.ref.citation?.title;
    if (title)
      snaks.push({ property: PROPERTY.title, value: { type: 'monolingualtext', text: title, language: source.lang } });
  }
  return snaks;
}
