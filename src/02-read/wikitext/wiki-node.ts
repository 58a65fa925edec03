// Stage 2 (read, wikitext): the one node contract the readers and the cleaner walk. Two parsers build trees of it —
// the fast reader's LiteNode and wikiparser-node's tokens — and both are checked against it at compile time
// (lite/lite-node.ts and wiki-node-check.ts), so a member one of them lacks is a type error, not a runtime surprise.

/** What a link's target resolves to (wikiparser-node's Title, as far as it is read). */
export interface WikiTitle {
  readonly main: string;
  readonly prefix: string;
  readonly fragment?: string | undefined;
  readonly interwiki: string;
  readonly ns: number;
}

/**
 * A node of a parsed page: its type (`text`, `template`, `ext`, `link` …), its children and source, and the members
 * some kinds carry (optional: a kind that has none of them leaves them out).
 * @example node.type === 'template' ? node.getAllArgs?.() : node.childNodes
 */
export interface WikiNode {
  readonly type: string;
  readonly childNodes: readonly WikiNode[];
  readonly firstChild: WikiNode | undefined;
  readonly lastChild: WikiNode | undefined;
  readonly parentNode: WikiNode | undefined;
  /** A text node's text. */
  readonly data?: string | undefined;
  /** Template, parameter, tag or magic-word name. */
  readonly name?: string | undefined;
  /** A parameter with no name (`{{a|x}}`'s `x`). */
  readonly anon?: boolean | undefined;
  /** An HTML tag's closing or self-closing form. */
  readonly closing?: boolean | undefined;
  readonly selfClosing?: boolean | undefined;
  /** An extension tag that was closed (`<ref>…</ref>`). */
  readonly closed?: boolean | undefined;
  /** A heading's level. */
  readonly level?: number | undefined;
  /** A link's target. */
  readonly link?: WikiTitle | string | undefined;
  /** `{{#invoke:Module|…}}`'s module. */
  readonly module?: string | undefined;
  /** The source without comments. */
  text(): string;
  /** The exact source. */
  toString(): string;
  /** Descendants in document order whose type is in the comma-separated list (text nodes have none). */
  querySelectorAll?(selector: string): readonly WikiNode[];
  /** A template's or parser function's parameters, in source order. */
  getAllArgs?(): readonly WikiNode[];
  /** The parameter that takes effect for `key`. */
  getArg?(key: string | number): WikiNode | undefined;
  /** A tag's attribute. */
  getAttr?(key: string): unknown;
}
