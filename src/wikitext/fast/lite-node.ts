// Wikitext parser: the light AST node the fast reader builds. It carries the part of wikiparser-node's
// token API this package reads (type, name, childNodes, getAllArgs, getAttr, link …), so the reader and the
// cleaner walk either tree; see parse-lite.ts for when the fast reader is used.

/** What a link's target resolves to, as wikiparser-node's Title gives it. */
export interface LiteTitle {
  main: string;
  prefix: string;
  fragment?: string;
  interwiki: string;
  ns: number;
}

/** The children of every node that has none (text nodes, empty containers): one shared array. */
const NO_CHILDREN: LiteNode[] = [];

/**
 * One node: `text` nodes hold `data`; the others hold child nodes and the exact source they were read from.
 * @example new LiteNode('text', 'a').data // 'a'
 */
export class LiteNode {
  parentNode: LiteNode | undefined = undefined;
  childNodes: LiteNode[] = NO_CHILDREN;
  // Declared, not initialised: a node carries only the properties its kind has (most nodes are text).
  declare name?: string;
  declare anon?: boolean;
  declare closing?: boolean;
  declare selfClosing?: boolean;
  declare closed?: boolean;
  declare level?: number;
  declare link?: LiteTitle;
  declare module?: string;
  /** Extension tag attributes (lower-case keys). */
  declare attrs?: ReadonlyMap<string, string>;

  private source: string | (() => string);

  /** `source` is the node's source text (for a text node, its text), or a function that builds it when first asked. */
  constructor(
    readonly type: string,
    source: string | (() => string),
  ) {
    this.source = source;
  }

  get data(): string {
    return this.toString();
  }

  get firstChild(): LiteNode | undefined {
    return this.childNodes[0];
  }

  get lastChild(): LiteNode | undefined {
    return this.childNodes[this.childNodes.length - 1];
  }

  toString(): string {
    if (typeof this.source === 'function') this.source = this.source();
    return this.source;
  }

  /** The source without its comments (wikiparser-node's `text()`). */
  text(): string {
    const source = this.toString();
    if (this.type === 'text') return source;
    if (this.type === 'comment') return '';
    if (!source.includes('<!--')) return source;
    // comments come in source order: each is cut at or after the previous one's end, in one pass
    let out = '';
    let from = 0;
    for (const comment of this.descendants('comment')) {
      const raw = String(comment);
      const at = source.indexOf(raw, from);
      if (at < 0) continue;
      out += source.slice(from, at);
      from = at + raw.length;
    }
    return out + source.slice(from);
  }

  /** A new text node (the reader splits text runs into lines with it). */
  createTextNode(data: string): LiteNode {
    return new LiteNode('text', data);
  }

  append(children: readonly LiteNode[]): this {
    if (children.length === 0) return this;
    if (this.childNodes === NO_CHILDREN) this.childNodes = [];
    for (const child of children) {
      child.parentNode = this;
      this.childNodes.push(child);
    }
    return this;
  }

  /** Template and parser-function parameters, in source order with duplicates. */
  getAllArgs(): LiteNode[] {
    return this.childNodes.filter((c) => c.type === 'parameter');
  }

  /** The parameter that takes effect for `key` (the last one given). */
  getArg(key: string | number): LiteNode | undefined {
    const k = String(key).trim();
    const args = this.getAllArgs();
    for (let i = args.length - 1; i >= 0; i--) if (args[i]!.name === k) return args[i];
    return undefined;
  }

  getAttr(key: string): string | undefined {
    return this.attrs?.get(key.toLowerCase());
  }

  /** Descendants in document order whose type is one of a comma-separated list ('template', 'free-ext-link, ext-link'). */
  querySelectorAll(selector: string): LiteNode[] {
    const types = new Set(selector.split(',').map((t) => t.trim()));
    const out: LiteNode[] = [];
    const stack: LiteNode[] = [...this.childNodes].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (types.has(n.type)) out.push(n);
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
    return out;
  }

  private descendants(type: string): LiteNode[] {
    const out: LiteNode[] = [];
    // in source order (children pushed last-first); no spread, which overflows on very long child lists
    const stack: LiteNode[] = [...this.childNodes].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === type) out.push(n);
      else for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
    return out;
  }
}
