// Stage 2 (read, wikitext): one iterative walk over the parsed page that gathers what the reader needs.
import { LITERAL_EXTENSION_TAGS } from '../../wikitext/_data/extension-tags.js';
import {
  isTag,
  isTemplate,
  isText,
  type WikiElement,
  type WikiNode,
  type WikiTag,
  type WikiTemplate,
} from '../../wikitext/wiki-node.js';

const MAX_STRAY_NAMES = 20;

export interface CollectedTokens {
  /** Every template call ({{…}}, not parser functions), in document order. */
  templates: WikiTemplate[];
  /** Every <ref> and every footnote-making template or {{#tag:ref}}, in document order. */
  footnotes: (WikiTag | WikiTemplate)[];
  /** <!-- without its --> (hides the rest of the page, as in MediaWiki). */
  unclosedComments: WikiNode[];
  /** Text that still holds '{{' or '<ref': markup the parser could not close. */
  strayTemplateOpeners: number;
  /** Names that follow each stray '{{' (first 20), to tell an unclosed infobox from other unclosed templates. */
  strayTemplateNames: string[];
  strayRefOpeners: number;
}

/**
 * Walks the whole tree once, depth-first in document order, with an explicit stack (deep pages cannot
 * overflow it). `isFootnoteTemplate` decides which templates also go to `footnotes`.
 * @example collectTokens(Parser.parse('a<ref>x</ref>'), () => false).footnotes.length // 1
 */
export function collectTokens(root: WikiElement, isFootnoteTemplate: (t: WikiTemplate) => boolean): CollectedTokens {
  const out: CollectedTokens = {
    templates: [],
    footnotes: [],
    unclosedComments: [],
    strayTemplateOpeners: 0,
    strayTemplateNames: [],
    strayRefOpeners: 0,
  };
  const stack: WikiNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      const data = node.data;
      if (data.includes('{{')) {
        out.strayTemplateOpeners++;
        if (out.strayTemplateNames.length < MAX_STRAY_NAMES) out.strayTemplateNames.push(...namesAfterOpeners(data));
      }
      if (data.includes('<') && /<ref[\s>/]/i.test(data)) out.strayRefOpeners++;
      continue;
    }
    if (node.type === 'comment') {
      if (!node.closed) out.unclosedComments.push(node);
      continue;
    }
    if (node.type === 'ext' && isTag(node)) {
      if (node.name === 'ref') out.footnotes.push(node);
      else if (LITERAL_EXTENSION_TAGS.has(node.name)) continue;
    } else if (node.type === 'template' && isTemplate(node)) {
      out.templates.push(node);
      if (isFootnoteTemplate(node)) out.footnotes.push(node);
    } else if (node.type === 'magic-word' && isTemplate(node)) {
      if (node.name === 'tag' && firstArgIsRef(node)) out.footnotes.push(node);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** The names written after each '{{' in a text ("{{Infobox battle\n| a = b" → "Infobox battle"). */
function namesAfterOpeners(data: string): string[] {
  const names: string[] = [];
  for (let i = data.indexOf('{{'); i >= 0 && names.length < MAX_STRAY_NAMES; i = data.indexOf('{{', i + 2)) {
    let end = i + 2;
    while (end < data.length && end - i < 100 && !'|}\n{'.includes(data[end]!)) end++;
    const name = data.slice(i + 2, end).trim();
    if (name !== '') names.push(name);
  }
  return names;
}

/** {{#tag:ref|…}} makes a <ref>; {{#tag:other|…}} does not. */
function firstArgIsRef(t: WikiTemplate): boolean {
  const first = t.getAllArgs()[0];
  return first !== undefined && String(first.lastChild).trim().toLowerCase() === 'ref';
}
