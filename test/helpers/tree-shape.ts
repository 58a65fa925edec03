// Test helper: a line-per-node outline of a parse tree — wikiparser-node's or the fast reader's — holding what this
// package reads from a node (type, name, flags, link title, source text), so the two trees can be compared.
import { createHash } from 'node:crypto';

interface AnyNode {
  type: string;
  childNodes: readonly AnyNode[];
  data?: string;
  toString(): string;
  [key: string]: unknown;
}

/** Nodes compared by their source only: the reader and the cleaner look no deeper into them. */
const BY_SOURCE = new Set([
  'table',
  'file',
  'ext-attrs',
  'html-attrs',
  'template-name',
  'magic-word-name',
  'invoke-module',
  'invoke-function',
  'link-target',
  'parameter-key',
  'heading-trail',
  'ext-link-url',
  'free-ext-link',
  'quote',
  'comment',
  'hr',
  'list',
]);
/** Extension tags whose content is read as text. */
const LITERAL_EXTS = new Set([
  'nowiki',
  'math',
  'chem',
  'ce',
  'syntaxhighlight',
  'source',
  'score',
  'timeline',
  'graph',
  'templatedata',
  'mapframe',
  'maplink',
  'hiero',
  'templatestyles',
  'gallery',
  'imagemap',
  'categorytree',
  'charinsert',
  'inputbox',
  'section',
  'indicator',
  'pre',
  'phonos',
]);

const hash = (s: string): string => `${s.length}:${createHash('sha1').update(s).digest('hex').slice(0, 8)}`;

/** Templates, tags and comments inside a node, in order: what the reader finds in tables and files. */
function inside(node: AnyNode, out: string[]): string[] {
  for (const c of node.childNodes) {
    if (c.type === 'template' || c.type === 'magic-word' || c.type === 'ext') out.push(`${c.type}(${String(c.name)})`);
    if (c.type === 'comment') out.push('comment');
    inside(c, out);
  }
  return out;
}

/**
 * The outline, one line per node; adjacent text nodes are merged and empty ones dropped (the parsers split text
 * differently where it does not matter).
 * @example treeShape(parsePage("''a''")) // ['root src=5:…', ' quote src=2:… ', ' T "a"', ' quote src=2:… ']
 */
export function treeShape(node: AnyNode, out: string[] = [], depth = 0): string[] {
  const pad = ' '.repeat(depth);
  if (node.type === 'text') {
    out.push(`${pad}T ${JSON.stringify(node.data)}`);
    return out;
  }
  let line = `${pad}${node.type} src=${hash(String(node))}`;
  if (node.type !== 'quote') {
    for (const key of ['name', 'anon', 'closing', 'selfClosing', 'level']) {
      if (node[key] !== undefined && typeof node[key] !== 'function') line += ` ${key}=${JSON.stringify(node[key])}`;
    }
  }
  if (['link', 'file', 'category'].includes(node.type)) {
    const l = node.link as Record<string, unknown>;
    line += ` link=${JSON.stringify([l.main, l.prefix, l.fragment ?? '', l.ns, l.interwiki])}`;
  }
  if (BY_SOURCE.has(node.type) || (node.type === 'ext-inner' && LITERAL_EXTS.has(String(node.name)))) {
    out.push(`${line} ${inside(node, []).join(',')}`);
    return out;
  }
  out.push(line);
  const kids: AnyNode[] = [];
  for (const c of node.childNodes) {
    const prev = kids[kids.length - 1];
    if (c.type === 'text' && prev?.type === 'text')
      kids[kids.length - 1] = { type: 'text', data: `${prev.data}${c.data}`, childNodes: [] };
    else if (!(c.type === 'text' && c.data === '')) kids.push(c);
  }
  for (const c of kids) treeShape(c, out, depth + 1);
  return out;
}
