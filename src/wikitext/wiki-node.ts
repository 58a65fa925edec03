// Wikitext parser: the one node contract the readers and the cleaner walk. Two parsers build trees of it —
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

/** A text node. */
export interface WikiText extends WikiNode {
  readonly data: string;
}

/** A template or parser-function call (`template`, `magic-word`); its first child is the name. */
export interface WikiTemplate extends WikiElement {
  readonly firstChild: WikiNode;
  readonly name: string;
  getAllArgs(): readonly WikiParameter[];
  getArg(key: string | number): WikiParameter | undefined;
}

/** One parameter of a call; its last child is the value. */
export interface WikiParameter extends WikiElement {
  readonly lastChild: WikiElement;
  readonly name: string;
  readonly anon: boolean;
}

/** An extension tag (`ext`: `<ref>`, `<nowiki>` …) or an HTML tag (`html`). */
export interface WikiTag extends WikiElement {
  /** The tag's content (`ext`) or its attributes (`html`). */
  readonly lastChild: WikiElement;
  readonly name: string;
  getAttr(key: string): unknown;
}

/** A section heading. */
export interface WikiHeading extends WikiElement {
  /** The heading's title. */
  readonly firstChild: WikiElement;
  readonly level: number;
}

/** A node with descendants to search (every kind but text). */
export interface WikiElement extends WikiNode {
  querySelectorAll(selector: string): readonly WikiNode[];
  /** A new text node (the section reader splits text runs into lines with it). */
  createTextNode(data: string): WikiNode;
}

/** Narrowing by the node's type: what each kind carries is checked against both parsers in wiki-node-check.ts. */
export const isText = (node: WikiNode | undefined): node is WikiText => node?.type === 'text';
export const isTemplate = (node: WikiNode | undefined): node is WikiTemplate =>
  node?.type === 'template' || node?.type === 'magic-word';
export const isParameter = (node: WikiNode | undefined): node is WikiParameter => node?.type === 'parameter';
export const isTag = (node: WikiNode | undefined): node is WikiTag => node?.type === 'ext' || node?.type === 'html';
export const isHeading = (node: WikiNode | undefined): node is WikiHeading => node?.type === 'heading';
export const isElement = (node: WikiNode | undefined): node is WikiElement =>
  node !== undefined && node.type !== 'text';
