// Stage 2 (read, wikitext): MediaWiki page source → RawArticle (infobox fields, references, lead, sections).
import Parser from 'wikiparser-node';
import type { ParameterToken, Token } from 'wikiparser-node';
import { cleanNode } from '../../03-clean/clean-node.js';
import type { Context } from '../../_lib/context.js';
import type { RawArticle, RawField, RawInfobox } from '../../_lib/raw-article.js';
import { buildSectionTree } from '../../_lib/section-tree.js';
import { buildReferences, fieldFinder, isFootnoteTemplateName } from './build-references.js';
import { collectTokens, type CollectedTokens } from './collect-tokens.js';
import { detectPageKind } from './detect-page-kind.js';
import { findInfobox, isConflictInfoboxName } from './find-infobox.js';
import { normalizeSource } from './normalize-source.js';
import { readSections } from './read-sections.js';
import { selectInfoboxParams } from './select-infobox-params.js';

let configured = false;

/**
 * Parses page source with wikiparser-node (English Wikipedia configuration, set on first use).
 * @example parsePage('{{Infobox battle}}').firstChild?.type // 'template'
 */
export function parsePage(source: string): Token {
  if (!configured) {
    Parser.config = 'enwiki';
    configured = true;
  }
  return Parser.parse(source);
}

/**
 * Reads a MediaWiki page: finds {{Infobox military conflict}} under any alias (or a conflict-like
 * infobox, `standard: false`), reads its fields (last duplicate wins, empties skipped), resolves every
 * <ref> into the reference table, and splits the prose into lead and sections. Redirects, disambiguation
 * and talk pages still yield a RawArticle, with a warning saying what they are. Parses the page once.
 * @example readWikitext('{{Infobox battle|conflict=Battle of X|date=1916}}\nText.', ctx).infobox?.fields[1]?.raw // '1916'
 */
export function readWikitext(text: string, ctx: Context): RawArticle {
  const title = ctx.options.title ?? null;
  const source = normalizeSource(text, ctx);
  if (source.trim() === '') {
    ctx.warn('empty-input', 'The page source is empty.');
    ctx.warn('no-infobox', 'The page has no infobox.');
    return { format: 'wikitext', title, infobox: null, lead: [], sections: [], references: [] };
  }
  const root = parsePage(source);
  const collected = collectTokens(root, (t) => isFootnoteTemplateName(t.name));
  warnUnclosed(collected, ctx);
  detectPageKind(source, collected.templates, ctx);

  const found = findInfobox(collected.templates);
  const params = found ? selectInfoboxParams(found.token, ctx) : [];
  const paramFields = new Map<ParameterToken, string>(params.map((p) => [p.param, p.name]));
  const table = buildReferences(collected.footnotes, ctx, fieldFinder(paramFields));

  let infobox: RawInfobox | null = null;
  if (found) {
    const fields: RawField[] = params.map((p) => ({ name: p.name, raw: p.raw, value: cleanNode(p.param.lastChild, ctx, { onRef: table.idOf, onFootnote: table.idOf, field: p.name }) }));
    infobox = { template: found.template, standard: found.standard, fields };
    if (!found.standard) ctx.warn('other-infobox', `The page uses {{${found.template}}}, not {{Infobox military conflict}}; only the parameters they share can be read.`);
  } else {
    const unclosed = collected.strayTemplateNames.find((n) => isConflictInfoboxName(n));
    if (unclosed !== undefined) ctx.warn('unclosed-markup', `{{${unclosed}}} is never closed (or holds unbalanced braces or brackets): its fields cannot be read.`);
    ctx.warn('no-infobox', 'The page has no {{Infobox military conflict}} (or a conflict-like infobox).');
  }

  const prose = ctx.options.sections === false ? { lead: [], sections: [] } : readSections(root, found?.token ?? null, ctx, table.idOf);
  return { format: 'wikitext', title, infobox, lead: prose.lead, sections: buildSectionTree(prose.sections), references: table.references };
}

/** Says where the parser met markup it could not close, since what follows it is read differently. */
function warnUnclosed(collected: CollectedTokens, ctx: Context): void {
  for (const comment of collected.unclosedComments) {
    ctx.warn('unclosed-markup', `An HTML comment "<!--" is never closed: the ${String(comment).length} characters after it are hidden, as MediaWiki hides them.`);
  }
  if (collected.strayTemplateOpeners > 0) {
    ctx.warn('unclosed-markup', `"{{" without a matching "}}" (${collected.strayTemplateOpeners}×): the unclosed template is read as text.`);
  }
  if (collected.strayRefOpeners > 0) {
    ctx.warn('unclosed-markup', `"<ref>" without "</ref>" (${collected.strayRefOpeners}×): the unclosed reference is read as text.`);
  }
}
