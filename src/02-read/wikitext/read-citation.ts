// Stage 2 (read, wikitext): the {{cite …}} / {{citation}} template inside a reference → Citation.
import { isTemplate, type WikiElement, type WikiTemplate } from '../../wikitext/wiki-node.js';
import type { Context } from '../../_lib/context.js';
import type { Citation } from '../../model/reference.js';
import { cleanNode } from '../../clean/clean-node.js';
import { CITATION_TEMPLATES, CITATION_WORK_PARAMS } from '../_data/footnote-templates.js';
import { createNameMatcher } from '../../wikitext/template-name.js';

const matchCitationTemplate = createNameMatcher(CITATION_TEMPLATES);

/**
 * True for a citation template name ("cite web", "Cite book", "citation"; not "Citation needed").
 * @example isCitationTemplateName('Template:Cite_web') // true
 */
export function isCitationTemplateName(name: string): boolean {
  return matchCitationTemplate(name) !== undefined;
}

/**
 * Reads the first citation template found in `content` (a reference's body): every parameter as plain
 * text, and url, title, work (work|website|newspaper|journal|magazine|publisher) and date (else year).
 * @example readCitation(Parser.parse('{{cite web|url=http://a.org|title=T}}'), ctx)?.url // 'http://a.org'
 */
export function readCitation(content: WikiElement, ctx: Context): Citation | null {
  const template = findCitationTemplate(content);
  if (!template) return null;
  const params: Citation['params'] = [];
  const byName = new Map<string, string>();
  for (const param of template.getAllArgs()) {
    const name = param.name.trim();
    // A bare URL is a link, which plain text drops: URL parameters keep their source (comments removed).
    const value = name.toLowerCase().endsWith('url')
      ? param.lastChild.text().trim()
      : cleanNode(param.lastChild, ctx).text;
    if (value === '') continue;
    params.push({ name, value });
    byName.set(name.toLowerCase(), value);
  }
  const pick = (...names: readonly string[]): string | null => {
    for (const n of names) {
      const v = byName.get(n);
      if (v !== undefined) return v;
    }
    return null;
  };
  return {
    template: template.firstChild.text().replace(/_/g, ' ').replace(/\s+/g, ' ').trim(),
    url: pick('url'),
    title: pick('title'),
    work: pick(...CITATION_WORK_PARAMS),
    date: pick('date', 'year'),
    params,
  };
}

function findCitationTemplate(content: WikiElement): WikiTemplate | undefined {
  if (isTemplate(content) && isCitationTemplateName(content.name)) return content;
  return content
    .querySelectorAll('template')
    .filter(isTemplate)
    .find((t) => isCitationTemplateName(t.name));
}
