// Wikitext parser: the fast reader's first stage — comments and extension tags (<ref>, <nowiki> …) become
// atoms; the content of <ref>, <references>, <poem> and <gallery> is read as wikitext in turn.
import { FAST_READER_TEXT_TAGS, FAST_READER_WALKED_TAGS } from '../_data/extension-tags.js';
import { plainAttributes, scanTags } from './scan-tags.js';
import { braces } from './lite-braces.js';
import { inline } from './lite-inline.js';
import { LiteNode } from './lite-node.js';
import type { LiteState } from './lite-state.js';
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * Comments and extension tags become atoms; an unclosed comment or an include tag is declined.
 * @example tags(st, 'a<ref>b</ref>') // 'a' + a ref atom
 */
export function tags(st: LiteState, text: string): string {
  let out = '';
  for (const item of scanTags(text)) {
    const raw = text.slice(item.start, item.end);
    if (item.kind === 'text') out += raw;
    else if (item.kind === 'comment') {
      if (!item.closed) throw new LiteUnsupported('unclosed comment');
      const comment = new LiteNode('comment', raw).append([new LiteNode('text', raw.slice(4, -3))]);
      comment.closed = true;
      out += st.atom(comment);
    } else if (item.kind === 'ext') out += st.atom(ext(st, item.name, item.attrs, item.inner, raw));
    else throw new LiteUnsupported('include tags');
  }
  return out;
}

/**
 * One extension tag: its attributes, and its content as wikitext (ref, references, poem, gallery) or as text.
 * @example ext(st, 'ref', ' name=a', 'b', '<ref name=a>b</ref>').getAttr('name') // 'a'
 */
export function ext(st: LiteState, name: string, attrText: string, inner: string | null, raw: string): LiteNode {
  const attrs = plainAttributes(attrText);
  if (attrs === null) throw new LiteUnsupported('attributes', attrText);
  const node = new LiteNode('ext', raw);
  node.name = name;
  node.attrs = attrs;
  node.selfClosing = inner === null;
  node.closed = true;
  const attrsNode = new LiteNode('ext-attrs', attrText);
  attrsNode.name = name;
  let innerNode: LiteNode;
  if (inner === null || inner === '') {
    innerNode = new LiteNode('ext-inner', '');
    innerNode.name = name;
  } else if (FAST_READER_WALKED_TAGS.has(name)) {
    let masked = tags(st, inner);
    masked = braces(st, masked, false);
    masked = inline(st, masked, name === 'poem');
    innerNode = st.container('ext-inner', masked, name);
    // In <references>, the text between the list-defined refs is hidden, as the parser marks it.
    if (name === 'references')
      innerNode.childNodes = innerNode.childNodes.map((c) => (c.type === 'text' ? st.hidden(c) : c));
  } else if (name === 'nowiki' || (FAST_READER_TEXT_TAGS.has(name) && !/\{\{|<ref|\[\[|<nowiki|<pre/i.test(inner))) {
    innerNode = st.leaf('ext-inner', inner);
    innerNode.name = name;
  } else {
    throw new LiteUnsupported('extension tag content', `<${name}>`);
  }
  return node.append([attrsNode, innerNode]);
}
