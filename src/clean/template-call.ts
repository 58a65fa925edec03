// Clean service: read a template's arguments (positional and named) into a TemplateCall.
import { isText, type WikiElement, type WikiNode, type WikiTemplate } from '../wikitext/wiki-node.js';
import { decodeEntities } from '../wikitext/decode-entities.js';
import type { TemplateCall } from './template-rule.js';

/** Node types whose content never counts as a parameter's plain text. */
const HIDDEN_TYPES: ReadonlySet<string> = new Set([
  'comment',
  'template',
  'magic-word',
  'ext',
  'html',
  'file',
  'category',
  'arg',
  'include',
  'noinclude',
  'table',
  'quote',
  'ext-link-url',
  'parameter-key',
  'template-name',
  'magic-word-name',
  'double-underscore',
]);

/**
 * Collects a template's (or parser function's) parameters; duplicates resolve to the last one.
 * @example readTemplateCall('convert', token).text(1) // → '37'
 */
export function readTemplateCall(name: string, token: WikiTemplate): TemplateCall {
  const positional: Array<WikiElement | undefined> = [];
  const named = new Map<string, WikiElement>();
  for (const p of token.getAllArgs()) {
    const value = p.lastChild;
    const key = p.name.trim();
    if (/^[1-9][0-9]{0,3}$/.test(key)) positional[Number(key) - 1] = value;
    else named.set(key.toLowerCase(), value);
  }
  return new ReadTemplateCall(name, token, positional, named);
}

/** A class, not closures made per call: V8 compiles each new closure's optimised code anew (per template!). */
class ReadTemplateCall implements TemplateCall {
  constructor(
    readonly name: string,
    readonly token: WikiElement,
    readonly positional: Array<WikiElement | undefined>,
    readonly named: Map<string, WikiElement>,
  ) {}

  arg(key: number | string): WikiElement | undefined {
    if (typeof key === 'number') return this.positional[key - 1];
    return this.named.get(key.toLowerCase());
  }

  text(key: number | string): string {
    const value = this.arg(key);
    return value === undefined ? '' : plainText(value);
  }

  texts(): string[] {
    return Array.from(this.positional, (v) => (v === undefined ? '' : plainText(v)));
  }
}

/**
 * The plain text of a token: text nodes only (link labels, not targets), entities decoded,
 * whitespace collapsed. Iterative, so deep nesting cannot overflow the stack.
 * @example plainText(parse('[[Foo|bar]] <!-- x --> 1&nbsp;km')) // → 'bar 1 km'
 */
export function plainText(node: WikiNode): string {
  let out = '';
  const stack: WikiNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) {
      out += n.data;
      continue;
    }
    if (HIDDEN_TYPES.has(n.type)) continue;
    let children = n.childNodes;
    if (n.type === 'link' || n.type === 'ext-link') {
      // Show the label when there is one; a bare [[target]] shows its target.
      const label = children.find((c) => c.type === 'link-text' || c.type === 'ext-link-text');
      children = label !== undefined ? [label] : n.type === 'link' ? children.slice(0, 1) : [];
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return collapseSpaces(decodeEntities(out));
}

/** Collapses whitespace runs (incl. no-break spaces) to one space and trims. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
