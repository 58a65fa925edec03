// Stage 2 (read, wikitext): MediaWiki page source → RawArticle (infobox fields, references, lead, sections).
import { isTemplate, type WikiElement, type WikiParameter, type WikiTemplate } from '../../wikitext/wiki-node.js';
import { cleanNode } from '../../clean/clean-node.js';
import { createContext, type Context } from '../../_lib/context.js';
import type { RawArticle, RawField, RawInfobox } from '../../_lib/raw-article.js';
import { buildSectionTree } from '../../_lib/section-tree.js';
import { buildReferences, fieldFinder, type ReferenceTable } from './build-references.js';
import { collectTokens } from './collect-tokens.js';
import { cutApparatus } from './cut-apparatus.js';
import { detectPageKind } from './detect-page-kind.js';
import { findInfobox, isConflictInfoboxName, type FoundInfobox } from './find-infobox.js';
import { isFootnoteTemplateName, sitesFromTokens } from './footnote-site.js';
import { parseWikitext } from '../../wikitext/parse-wikitext.js';
import { FAST_PATH, type ReaderSwitches } from '../../wikitext/fast/reader-switches.js';
import { readSections } from './read-sections.js';
import { scanPageOutline, type PageOutline } from './scan-page-outline.js';
import { selectInfoboxParams, type InfoboxParam } from './select-infobox-params.js';
import { titleCoordinatesCall } from './title-coordinates.js';

/**
 * Reads a MediaWiki page: finds {{Infobox military conflict}} under any alias (or a conflict-like
 * infobox, `standard: false`), reads its fields (last duplicate wins, empties skipped), resolves every
 * <ref> into the reference table, and splits the prose into lead and sections. Redirects, disambiguation
 * and talk pages still yield a RawArticle, with a warning saying what they are. Parses the page once.
 * Expects prepared text (stage 1: normalizeInput, prepareWikitext): LF line ends, no control characters, bounded nesting.
 * With `sections: false` only the infobox is fully parsed (a cheap scan finds it and orders the
 * footnotes), and `references` holds only the references the infobox cites, with the same ids.
 * @example readWikitext('{{Infobox battle|conflict=Battle of X|date=1916}}\nText.', ctx).infobox?.fields[1]?.raw // '1916'
 */
export function readWikitext(source: string, ctx: Context, switches: ReaderSwitches = FAST_PATH): RawArticle {
  const title = ctx.options.title ?? null;
  if (source.trim() === '') {
    ctx.warn('empty-input', 'The page source is empty.');
    ctx.warn('no-infobox', 'The page has no infobox.');
    return { format: 'wikitext', title, infobox: null, lead: [], sections: [], references: [] };
  }
  if (ctx.options.sections === false) {
    const fast = readInfoboxOnly(source, title, ctx, switches);
    if (fast !== null) return fast;
  }

  const { text, outline } = sourceToParse(source, switches);
  const root = parseWikitext(text, ctx, switches);
  const collected = collectTokens(root, (t) => isFootnoteTemplateName(t.name));
  warnUnclosed(
    collected.unclosedComments.map((c) => String(c).length),
    collected.strayTemplateOpeners,
    collected.strayRefOpeners,
    ctx,
  );
  const topTemplates = root.childNodes.filter((n) => n.type === 'template').filter(isTemplate);
  const kind = detectPageKind(
    source,
    topTemplates.map((t) => t.firstChild.text().trim()),
    ctx,
  );
  // The outline saw the whole page; the tree may lack the apparatus sections, where title coordinates often stand.
  const titleCoordinates =
    kind !== 'article' ? null : outline !== null ? outline.titleCoordinates : findTitleCoordinates(collected.templates);

  const found = findInfobox(collected.templates);
  const params = found ? selectInfoboxParams(found.token, ctx) : [];
  const table = buildReferences(sitesFromTokens(collected.footnotes, fieldFinder(fieldsByParam(params))), ctx);
  const infobox = readInfobox(found, params, table, collected.strayTemplateNames, ctx);
  const prose =
    ctx.options.sections === false
      ? { lead: [], sections: [] }
      : readSections(root, found?.token ?? null, ctx, table.idOf);
  return {
    format: 'wikitext',
    title,
    infobox,
    lead: prose.lead,
    sections: buildSectionTree(prose.sections),
    references: table.references,
    titleCoordinates,
  };
}

/**
 * The `sections: false` path: a tags-only scan finds the infobox's extent and every footnote; only the
 * infobox is fully parsed. Returns null (caller parses the whole page) if the infobox slice does not
 * parse back into the infobox, so the answer never differs from the full path's.
 */
function readInfoboxOnly(
  source: string,
  title: string | null,
  ctx: Context,
  switches: ReaderSwitches,
): RawArticle | null {
  const outline = scanPageOutline(source, switches);
  let found: FoundInfobox | null = null;
  let slice: WikiElement | null = null;
  if (outline.infobox !== null) {
    slice = parseWikitext(source.slice(outline.infobox.start, outline.infobox.end), ctx, switches);
    found = findInfobox(slice.childNodes.filter((n) => n.type === 'template').filter(isTemplate));
    if (found === null || found.token !== slice.firstChild || found.standard !== outline.infobox.standard) return null;
  }
  const collected = slice ? collectTokens(slice, (t) => isFootnoteTemplateName(t.name)) : null;
  warnUnclosed(outline.unclosedCommentLengths, outline.unclosedTemplateNames.length, outline.strayRefOpeners, ctx);
  const kind = detectPageKind(source, outline.templateNames, ctx);

  const params = found ? selectInfoboxParams(found.token, ctx) : [];
  const start = outline.infobox?.start ?? 0;
  const end = outline.infobox?.end ?? 0;
  const inside = collected ? sitesFromTokens(collected.footnotes, fieldFinder(fieldsByParam(params))) : [];
  const sites = [
    ...outline.footnotes.filter((f) => f.offset < start).map((f) => f.site),
    ...inside,
    ...outline.footnotes.filter((f) => f.offset >= end).map((f) => f.site),
  ];
  const table = buildReferences(sites, ctx, (r) => r.fields.length > 0);
  const infobox = readInfobox(found, params, table, outline.unclosedTemplateNames, ctx);
  const titleCoordinates = kind === 'article' ? outline.titleCoordinates : null;
  return { format: 'wikitext', title, infobox, lead: [], sections: [], references: table.references, titleCoordinates };
}

/**
 * What the full path parses: the page with its apparatus sections' bodies cut down to their footnotes
 * (cut-apparatus.ts), which reads the same; the page itself when that is unsafe or switched off. The outline of
 * the whole page comes along when it was made (null when the cut is switched off).
 */
function sourceToParse(source: string, switches: ReaderSwitches): { text: string; outline: PageOutline | null } {
  if (!switches.cutApparatus) return { text: source, outline: null };
  const outline = scanPageOutline(source, switches);
  // Redirects, talk and disambiguation pages are read whole: their page kind comes from every top-level template.
  if (detectPageKind(source, outline.templateNames, createContext()) !== 'article') return { text: source, outline };
  return { text: cutApparatus(source, outline) ?? source, outline };
}

/** The first {{coord}} of the parsed page shown beside its title (the reference for the outline's scan). */
function findTitleCoordinates(templates: readonly WikiTemplate[]): string | null {
  for (const t of templates) {
    const call = titleCoordinatesCall(t.firstChild.text(), String(t));
    if (call !== null) return call;
  }
  return null;
}

function fieldsByParam(params: readonly InfoboxParam[]): Map<WikiParameter, string> {
  return new Map(params.map((p) => [p.param, p.name]));
}

/** Cleans the kept parameters into fields and says what kind of infobox it was, or that there is none. */
function readInfobox(
  found: FoundInfobox | null,
  params: readonly InfoboxParam[],
  table: ReferenceTable,
  strayNames: readonly string[],
  ctx: Context,
): RawInfobox | null {
  if (found === null) {
    const unclosed = strayNames.find((n) => isConflictInfoboxName(n));
    if (unclosed !== undefined)
      ctx.warn(
        'unclosed-markup',
        `{{${unclosed}}} is never closed (or holds unbalanced braces or brackets): its fields cannot be read.`,
      );
    ctx.warn('no-infobox', 'The page has no {{Infobox military conflict}} (or a conflict-like infobox).');
    return null;
  }
  const fields: RawField[] = params.map((p) => ({
    name: p.name,
    raw: p.raw,
    value: cleanNode(p.param.lastChild, ctx, { onRef: table.idOf, onFootnote: table.idOf, field: p.name }),
  }));
  if (!found.standard)
    ctx.warn(
      'other-infobox',
      `The page uses {{${found.template}}}, not {{Infobox military conflict}}; only the parameters they share can be read.`,
    );
  return { template: found.template, standard: found.standard, fields };
}

/** Says where the parser met markup it could not close, since what follows it is read differently. */
function warnUnclosed(
  unclosedCommentLengths: readonly number[],
  strayTemplates: number,
  strayRefs: number,
  ctx: Context,
): void {
  for (const length of unclosedCommentLengths) {
    ctx.warn(
      'unclosed-markup',
      `An HTML comment "<!--" is never closed: the ${length} characters after it are hidden, as MediaWiki hides them.`,
    );
  }
  if (strayTemplates > 0)
    ctx.warn('unclosed-markup', '"{{" without a matching "}}": the unclosed template is read as text.');
  if (strayRefs > 0) ctx.warn('unclosed-markup', '"<ref>" without "</ref>": the unclosed reference is read as text.');
}
