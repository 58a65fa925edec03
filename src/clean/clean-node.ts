// Clean service: wikiparser-node AST → CleanValue, walking node types with an explicit stack.
import { CLEANER_TEXT_TAGS, CLEANER_WALKED_TAGS } from '../wikitext/_data/extension-tags.js';
import { normalizeTemplateName } from '../wikitext/template-name.js';
import {
  isElement,
  isTag,
  isTemplate,
  isText,
  type WikiElement,
  type WikiNode,
  type WikiTag,
  type WikiTemplate,
} from '../wikitext/wiki-node.js';
import type { CleanValue, MarkSpan } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';
import { decodeEntities } from '../wikitext/decode-entities.js';
import { findTemplateRule } from './lookup-template.js';
import { plainText, readTemplateCall } from './template-call.js';
import { block, firstOf, lines, nodeOf } from './template-helpers.js';
import type { Emit, HandlerOptions, TemplateCall, TemplateHandler, TemplateRule } from './template-rule.js';
import { TextBuilder, type SpanHandle } from './text-builder.js';

export interface CleanOptions {
  /** Called for each <ref> met; returns the reference id to anchor in the value (or null to drop it). */
  onRef?: (ref: WikiElement) => string | null;
  /**
   * Called for footnote templates ({{sfn}}, {{efn}}, {{#tag:ref}} …); returns an id to anchor, or null.
   * Without it, footnotes are anchored with local ids when `onRef` is absent too, else dropped.
   */
  onFootnote?: (template: WikiElement) => string | null;
  /** The infobox field being cleaned, for warnings. */
  field?: string;
  /** Render citation templates ({{cite …}}, {{harvnb}}) as text: set it when cleaning a reference body. */
  citations?: boolean;
}

/** Node types that never contribute text. */
const SKIPPED_TYPES: ReadonlySet<string> = new Set([
  'comment',
  'category',
  'file',
  'double-underscore',
  'noinclude',
  'include',
  'redirect',
  'arg',
  'hidden',
  'table',
  'free-ext-link',
  'converter',
  'gallery-image',
  'imagemap-image',
  'imagemap-link',
  'translate-attr',
  'tvar',
  'ext-attrs',
  'html-attrs',
  'table-attrs',
  'table-syntax',
  'template-name',
  'magic-word-name',
  'parameter-key',
  'invoke-module',
  'invoke-function',
  'link-target',
  'ext-link-url',
  'redirect-syntax',
  'redirect-target',
]);

/** Node types that end the current line. */
const LINE_TYPES: ReadonlySet<string> = new Set(['list', 'dd', 'hr']);

/** HTML elements that sit on lines of their own. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'br',
  'p',
  'div',
  'blockquote',
  'center',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'hr',
  'tbody',
  'thead',
  'tfoot',
  'section',
  'figure',
  'figcaption',
]);

/** HTML elements that become marks (the rest — sup, sub, span, s, u, abbr … — are just unwrapped). */
const MARK_TAGS: Readonly<Record<string, MarkSpan['kind']>> = {
  small: 'small',
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
};

/** Marks opened in one container (a parameter, a link label …); closed when it ends, as MediaWiki does per line. */
interface Scope {
  bold: SpanHandle | null;
  italic: SpanHandle | null;
  tags: Array<{ handle: SpanHandle; tag: string; kind: MarkSpan['kind'] }>;
}

const BEGIN_SCOPE = { scope: 'begin' } as const;
const END_SCOPE = { scope: 'end' } as const;

type Task = WikiNode | Emit | typeof BEGIN_SCOPE | typeof END_SCOPE | (() => void);

/**
 * Cleans a token (or a list of nodes) into plain text with link/ref/flag/mark anchors.
 * Walks the given AST without re-parsing, in linear time, with an explicit stack (no recursion).
 * @example cleanNode(Parser.parse("[[Armed Forces of Ukraine|Ukraine]]<br>5 killed<ref>x</ref>"), ctx)
 * // → { text: 'Ukraine\n5 killed', links: [{ start: 0, end: 7, target: 'Armed Forces of Ukraine' }], refs: [{ offset: 16, id: 'ref-1' }], … }
 */
export function cleanNode(
  node: WikiElement | WikiNode | readonly WikiNode[],
  ctx: Context,
  options: CleanOptions = {},
): CleanValue {
  const walker = new ValueWalker(ctx, options);
  return walker.clean(isNodeList(node) ? node : [node]);
}

class ValueWalker {
  private readonly b = new TextBuilder();
  private readonly stack: Task[] = [];
  private readonly scopes: Scope[] = [];
  private readonly localIds = new Map<string, string>();
  private localCount = 0;
  /** Inside a list item's source line: its newline ends a block. */
  private listLine = false;
  /** Inside <poem>: newlines are line breaks. */
  private poemDepth = 0;
  private readonly handlerOptions: HandlerOptions;

  constructor(
    private readonly ctx: Context,
    private readonly options: CleanOptions,
  ) {
    this.handlerOptions = { citations: options.citations === true };
  }

  clean(nodes: readonly WikiNode[]): CleanValue {
    this.pushScoped(nodes);
    const stack = this.stack;
    while (stack.length > 0) this.run(stack.pop()!);
    return this.b.finish();
  }

  private run(task: Task): void {
    if (typeof task === 'function') task();
    else if (task === BEGIN_SCOPE) this.scopes.push({ bold: null, italic: null, tags: [] });
    else if (task === END_SCOPE) this.endScope();
    else if ('type' in task) this.visit(task);
    else this.emit(task as Emit);
  }

  /** Children inside their own mark scope. */
  private pushScoped(children: readonly Task[]): void {
    this.stack.push(END_SCOPE);
    for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]!);
    this.stack.push(BEGIN_SCOPE);
  }

  private pushEmits(emits: readonly Emit[]): void {
    for (let i = emits.length - 1; i >= 0; i--) this.stack.push(emits[i]!);
  }

  private visit(node: WikiNode): void {
    const type = node.type;
    if (isText(node)) {
      this.text(node.data);
      return;
    }
    if (SKIPPED_TYPES.has(type)) return;
    if (LINE_TYPES.has(type)) {
      this.lineBreak();
      if (type === 'list') this.b.listItem(listDepth(String(node)));
      // A list item ends at the end of its source line (the next line is a new block).
      this.listLine = type !== 'hr';
      return;
    }
    switch (type) {
      case 'quote':
        this.quote(String(node).length);
        return;
      case 'link':
        if (isElement(node)) this.link(node);
        return;
      case 'ext-link': {
        // An external link shows its label; a bare [http://x] shows a footnote number: nothing.
        const label = node.childNodes.find((c) => c.type === 'ext-link-text');
        if (label !== undefined) this.pushScoped(label.childNodes);
        return;
      }
      case 'magic-link':
        this.text(String(node));
        return;
      case 'heading': {
        const title = node.childNodes.find((c) => c.type === 'heading-title');
        if (title !== undefined) this.pushEmits(block([{ node: title }]));
        return;
      }
      case 'html':
        if (isTag(node)) this.html(node);
        return;
      case 'ext':
        if (isTag(node)) this.ext(node);
        return;
      case 'template':
        if (isTemplate(node)) this.template(node);
        return;
      case 'magic-word':
        if (isTemplate(node)) this.magicWord(node);
        return;
      case 'parameter-value':
        this.parameterValue(node);
        return;
      default:
        this.pushScoped(node.childNodes);
    }
  }

  private text(data: string): void {
    if (this.listLine) {
      const nl = data.indexOf('\n');
      if (nl >= 0) {
        this.text(data.slice(0, nl));
        this.lineBreak();
        this.listLine = false;
        this.text(data.slice(nl + 1));
        return;
      }
    }
    if (this.poemDepth > 0 && data.includes('\n')) {
      data.split('\n').forEach((line, i) => {
        if (i > 0) this.lineBreak();
        this.b.text(decodeEntities(line));
      });
      return;
    }
    this.b.text(decodeEntities(data));
  }

  private lineBreak(): void {
    // MediaWiki closes '' and ''' at the end of every line.
    const scope = this.scopes[this.scopes.length - 1];
    if (scope !== undefined) this.closeQuotes(scope);
    this.b.lineBreak();
  }

  private emit(e: Emit): void {
    if ('text' in e) this.b.text(e.text);
    else if ('node' in e) this.stack.push(e.node);
    else if ('break' in e) this.lineBreak();
    else if ('mark' in e) {
      const handle = this.b.openSpan();
      const kind = e.mark;
      this.stack.push(() => this.b.closeMark(handle, kind));
      this.pushEmits(e.content);
    } else if ('link' in e) {
      const handle = this.b.openSpan();
      const target = e.link;
      this.stack.push(() => this.b.closeLink(handle, target));
      this.pushEmits(e.content);
    } else if ('flag' in e) this.b.flag(e.flag);
    else if ('footnote' in e) this.footnote(e.footnote);
  }

  // ---- marks -------------------------------------------------------------------------------

  private quote(length: number): void {
    const scope = this.scopes[this.scopes.length - 1];
    if (scope === undefined) return;
    // '''' is an apostrophe then bold; more than five: the extra ones are apostrophes.
    if (length === 4) this.b.text("'");
    if (length > 5) this.b.text("'".repeat(length - 5));
    if (length === 2 || length >= 5) this.toggle(scope, 'italic');
    if (length === 3 || length === 4 || length >= 5) this.toggle(scope, 'bold');
  }

  private toggle(scope: Scope, kind: 'bold' | 'italic'): void {
    const open = scope[kind];
    if (open === null) scope[kind] = this.b.openSpan();
    else {
      this.b.closeMark(open, kind);
      scope[kind] = null;
    }
  }

  private closeQuotes(scope: Scope): void {
    if (scope.italic !== null) this.b.closeMark(scope.italic, 'italic');
    if (scope.bold !== null) this.b.closeMark(scope.bold, 'bold');
    scope.italic = null;
    scope.bold = null;
  }

  private endScope(): void {
    const scope = this.scopes.pop();
    if (scope === undefined) return;
    this.closeQuotes(scope);
    for (let i = scope.tags.length - 1; i >= 0; i--) {
      const t = scope.tags[i]!;
      this.b.closeMark(t.handle, t.kind);
    }
  }

  // ---- node kinds --------------------------------------------------------------------------

  private link(node: WikiElement): void {
    const children = node.childNodes;
    const targetNode = children.find((c) => c.type === 'link-target');
    const label = children.find((c) => c.type === 'link-text');
    const written = targetNode === undefined ? '' : plainText(targetNode).replace(/^:/, '');
    const target = linkTarget(node, written);
    const handle = this.b.openSpan();
    this.stack.push(() => this.b.closeLink(handle, target));
    if (label !== undefined && String(label).trim() !== '') this.pushScoped(label.childNodes);
    else if (label !== undefined) this.b.text(pipeTrick(written));
    else this.b.text(written);
  }

  private html(node: WikiTag): void {
    const tag = node.name.toLowerCase();
    if (BLOCK_TAGS.has(tag)) {
      this.lineBreak();
      return;
    }
    const kind = MARK_TAGS[tag];
    const scope = this.scopes[this.scopes.length - 1];
    if (kind === undefined || scope === undefined) return;
    if (node.selfClosing === true) return;
    if (node.closing !== true) {
      scope.tags.push({ handle: this.b.openSpan(), tag, kind });
      return;
    }
    for (let i = scope.tags.length - 1; i >= 0; i--) {
      const t = scope.tags[i]!;
      if (t.tag !== tag) continue;
      this.b.closeMark(t.handle, t.kind);
      scope.tags.splice(i, 1);
      return;
    }
  }

  private ext(node: WikiTag): void {
    const name = node.name.toLowerCase();
    if (name === 'ref') {
      this.ref(node);
      return;
    }
    const inner: WikiNode | undefined = node.lastChild;
    if (inner === undefined) return;
    if (CLEANER_TEXT_TAGS.has(name)) {
      // Preformatted lines stay lines.
      const lines = plainRaw(inner).split('\n');
      lines.forEach((line, i) => {
        if (i > 0) this.lineBreak();
        this.text(line);
      });
    } else if (CLEANER_WALKED_TAGS.has(name)) {
      // In a poem every newline is a line.
      const poem = name === 'poem';
      if (poem) this.stack.push(() => (this.poemDepth -= 1));
      this.pushScoped(inner.childNodes);
      if (poem) this.poemDepth += 1;
    }
    // Everything else (references, gallery, math, timeline, templatestyles …) prints no text.
  }

  private ref(node: WikiTag): void {
    const { onRef } = this.options;
    if (onRef !== undefined) {
      const id = onRef(node);
      if (id !== null) this.b.ref(id);
      return;
    }
    const name = node.getAttr('name');
    this.b.ref(this.localId(typeof name === 'string' && name.trim() !== '' ? name.trim() : null));
  }

  private footnote(token: WikiElement): void {
    const { onFootnote, onRef } = this.options;
    if (onFootnote !== undefined) {
      const id = onFootnote(token);
      if (id !== null) this.b.ref(id);
    } else if (onRef === undefined) {
      this.b.ref(this.localId(null));
    }
    // With onRef but no onFootnote the caller only tracks <ref>s: a footnote template is dropped silently.
  }

  /** "ref-1", "ref-2" … in order; a named ref reuses its id. */
  private localId(name: string | null): string {
    if (name !== null) {
      const known = this.localIds.get(name);
      if (known !== undefined) return known;
    }
    this.localCount += 1;
    const id = `ref-${this.localCount}`;
    if (name !== null) this.localIds.set(name, id);
    return id;
  }

  private parameterValue(node: WikiNode): void {
    const children = node.childNodes;
    const first = children[0];
    if (isText(first)) {
      const data = first.data;
      // A named value is trimmed before MediaWiki sees it: "= ; Japanese" is a list item too.
      const named = node.parentNode?.anon === false;
      const markers = (named ? /^[ \t]*[*#:;]+/ : /^[*#:;]+/).exec(data);
      if (markers !== null) {
        // MediaWiki starts a new line for a value that begins with a list marker: it is a list item.
        this.lineBreak();
        this.listLine = true;
        const rest = data.slice(markers[0].length);
        this.pushScoped([() => this.text(rest), ...children.slice(1)]);
        return;
      }
    }
    this.pushScoped(children);
  }

  private template(node: WikiTemplate): void {
    const rawName = node.name;
    const name = normalizeTemplateName(rawName);
    const call = readTemplateCall(name, node);
    const rule = findTemplateRule(name, this.ctx.extension);
    if (rule !== undefined) {
      this.pushEmits(
        rule.external ? this.expandExternal(rule, call, rawName) : expand(rule.handler, call, this.handlerOptions),
      );
      return;
    }
    this.unknown(call, rawName.replace(/^Template:/, '').replace(/_/g, ' '));
  }

  /** A caller's rule: its handler is code we do not own, so an error in it drops the template, with a warning. */
  private expandExternal(rule: TemplateRule, call: TemplateCall, rawName: string): Emit[] {
    try {
      return expand(rule.handler, call, this.handlerOptions);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n', 1)[0]}` : String(error);
      const shown = rawName.replace(/^Template:/, '').replace(/_/g, ' ');
      this.ctx.warn(
        'extension-error',
        `The handler added for {{${shown}}} threw (${reason.slice(0, 200)}); the template was dropped.`,
        this.options.field,
      );
      return [];
    }
  }

  /** An unknown template: a one-argument wrapper keeps its argument; anything else is dropped, with a warning. */
  private unknown(call: TemplateCall, shown: string): void {
    const only = call.positional[0];
    if (call.positional.length === 1 && only !== undefined && call.named.size === 0) {
      this.stack.push(only);
      return;
    }
    this.ctx.warn('unknown-template', `Unknown template {{${shown}}} was dropped.`, this.options.field);
  }

  private magicWord(node: WikiTemplate): void {
    const name = node.name.toLowerCase();
    const call = readTemplateCall(name, node);
    if (name === 'tag') {
      // {{#tag:ref|…}} is a <ref> written as a parser function.
      if (call.text(1).toLowerCase() === 'ref') this.footnote(node);
      return;
    }
    if (name === 'invoke') {
      const module = node.module ?? '';
      this.ctx.warn(
        'unknown-template',
        `Unknown template {{#invoke:${module.replace(/^Module:/, '')}}} was dropped.`,
        this.options.field,
      );
      return;
    }
    const rule = findTemplateRule(name);
    // Other parser functions (#if, #expr, PAGENAME, DEFAULTSORT …) depend on page state: nothing to show.
    if (rule !== undefined) this.pushEmits(expand(rule.handler, call, this.handlerOptions));
  }
}

/** A handler's output for one call. */
function expand(handler: TemplateHandler, call: TemplateCall, options: HandlerOptions): Emit[] {
  if (handler === 'drop') return [];
  if (handler === 'footnote') return [{ footnote: call.token }];
  if (typeof handler === 'function') return handler(call, options);
  if ('keep' in handler) {
    const kept = firstOf(call, handler.keep);
    return handler.mark === undefined ? kept : [{ mark: handler.mark, content: kept }];
  }
  if ('lines' in handler) return lines(call.positional);
  return block(nodeOf(call.arg(handler.block)));
}

/** The page a wiki link points to: namespace + title (with spaces), or '#fragment' for a same-page link. */
function linkTarget(node: WikiElement, written: string): string {
  const title = node.link;
  if (title === undefined || typeof title !== 'object') return written;
  const page = `${title.prefix}${title.main}`;
  const full = title.interwiki ? `${title.interwiki}:${page}` : page;
  if (full !== '') return full;
  return title.fragment ? `#${title.fragment}` : written;
}

/** [[Foo (bar)|]] shows "Foo"; [[Help:Foo|]] shows "Foo". */
function pipeTrick(target: string): string {
  let t = target.slice(target.indexOf(':') + 1);
  const comma = t.indexOf(', ');
  if (comma >= 0) t = t.slice(0, comma);
  return t.replace(/ \([^()]*\)$/, '');
}

/** The raw text of an extension tag's content (nowiki, pre, poem), without comments. */
function plainRaw(inner: WikiNode): string {
  let out = '';
  const stack: WikiNode[] = [inner];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (n.type !== 'comment') {
      const children = n.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out;
}

/** The depth of a list item from its markers (`*` 1, `**` 2, `#*` 2, `;` 1). */
function listDepth(markers: string): number {
  let depth = 0;
  for (const c of markers) if (c === '*' || c === '#' || c === ':' || c === ';') depth++;
  return Math.max(1, depth);
}

function isNodeList(node: WikiNode | readonly WikiNode[]): node is readonly WikiNode[] {
  return Array.isArray(node);
}
