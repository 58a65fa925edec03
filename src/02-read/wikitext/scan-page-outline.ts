// Stage 2 (read, wikitext): a cheap pass (comments and tags only, no templates) that finds the infobox's
// extent and every footnote in order, so `sections: false` can fully parse the infobox alone.
import {
  isTag,
  isTemplate,
  isText,
  type WikiElement,
  type WikiNode,
  type WikiTag,
  type WikiTemplate,
} from '../../wikitext/wiki-node.js';
import { LITERAL_EXTENSION_TAGS } from '../../wikitext/_data/extension-tags.js';
import { CONFLICT_INFOBOXES, CONFLICT_LIKE_INFOBOXES } from '../../_data/infobox-templates.js';
import { isFootnoteTemplateName, shortFootnoteEntry, shortFootnoteKey, type FootnoteSite } from './footnote-site.js';
import { FAST_PATH, type ReaderSwitches } from '../../wikitext/fast/reader-switches.js';
import { parsePage } from '../../wikitext/parse-page.js';
import { parseWikitext } from '../../wikitext/parse-wikitext.js';
import { canScanTags, plainAttributes, scanTags } from '../../wikitext/fast/scan-tags.js';
import { createNameMatcher } from '../../wikitext/template-name.js';
import { OPAQUE, splitCallArguments } from './split-call-arguments.js';
import { titleCoordinatesCall } from './title-coordinates.js';
import { indexAtOrBefore } from '../../_lib/index-at-or-before.js';

const matchConflictInfobox = createNameMatcher(CONFLICT_INFOBOXES);
const matchConflictLikeInfobox = createNameMatcher(CONFLICT_LIKE_INFOBOXES);

export interface ScannedSite {
  /** Offset of the footnote in the page source (document order). */
  offset: number;
  /** Offset just after the footnote's source. */
  end: number;
  site: FootnoteSite;
}

export interface PageOutline {
  /** The first conflict infobox (else conflict-like one) as a source range, or null. */
  infobox: { start: number; end: number; standard: boolean } | null;
  /** Every footnote of the page in document order; scanned sites carry no token and parse their body on demand. */
  footnotes: ScannedSite[];
  /** Every template name written at the page's top level (for page-kind detection). */
  templateNames: string[];
  /** Names after '{{' that are never closed (first 20). */
  unclosedTemplateNames: string[];
  /** Text pieces that still hold '<ref': tags the parser could not close. */
  strayRefOpeners: number;
  /** Lengths of the comments that are never closed. */
  unclosedCommentLengths: number[];
  /** Source ranges of the page's top-level templates, tags and comments (sorted): no heading starts inside one. */
  topRanges: { start: number; end: number }[];
  /** The first {{coord}} shown beside the page title (display=title or inline,title), as titleCoordinatesCall gives it. */
  titleCoordinates: string | null;
}

/**
 * Scans the page with a tags-only parse (wikiparser-node maxStage 1: comments and extension tags): brace matching over the text
 * between tags finds each template's extent, as MediaWiki's preprocessor does, without parsing any.
 * @example scanPageOutline('{{Infobox battle|a=1}}\nText.').infobox // { start: 0, end: 22, standard: true }
 */
export function scanPageOutline(source: string, switches: ReaderSwitches = FAST_PATH): PageOutline {
  // The tag scan and the tags-only parse split the page alike; the scan builds no tokens (half the cost of sections: false).
  const root: WikiElement | string = switches.scanTags && canScanTags(source) ? source : parsePage(source, 1);
  const outline: PageOutline = {
    infobox: null,
    footnotes: [],
    templateNames: [],
    unclosedTemplateNames: [],
    strayRefOpeners: 0,
    unclosedCommentLengths: [],
    topRanges: [],
    titleCoordinates: null,
  };
  let other: PageOutline['infobox'] = null;
  // Containers are scanned one after another and calls met as they close: the first in the page has the least start.
  let titleCoordinatesStart = -1;
  const containers: Container[] = [{ node: root, base: 0, top: true }];
  while (containers.length > 0) {
    const { node, base, top } = containers.pop()!;
    const { flat, abs } = flatten(
      typeof node === 'string' ? scannedItems(node, base, switches) : tokenItems(node, base, source, switches),
      top,
      outline,
      containers,
    );
    const stack: number[] = [];
    const braces = /\{\{|\}\}/g;
    for (let m = braces.exec(flat); m !== null; m = braces.exec(flat)) {
      const i = m.index;
      if (m[0] === '{{') {
        stack.push(i);
      } else if (stack.length > 0) {
        const open = stack.pop()!;
        const start = abs(open);
        const end = abs(i + 1) + 1;
        const call = flat.slice(open, i + 2);
        const name = templateName(call);
        if (top && stack.length === 0) {
          outline.templateNames.push(name);
          outline.topRanges.push({ start, end });
        }
        if (top && outline.infobox === null && stack.length === 0) {
          if (matchConflictInfobox(name)) outline.infobox = { start, end, standard: true };
          else if (other === null && matchConflictLikeInfobox(name)) other = { start, end, standard: false };
        }
        const callSource = source.slice(start, end);
        const site = footnoteCall(name, call, callSource, switches);
        if (site !== null) outline.footnotes.push({ offset: start, end, site });
        const coordinates = titleCoordinatesCall(name, callSource);
        if (coordinates !== null && (titleCoordinatesStart < 0 || start < titleCoordinatesStart)) {
          outline.titleCoordinates = coordinates;
          titleCoordinatesStart = start;
        }
      }
    }
    for (const open of stack)
      if (outline.unclosedTemplateNames.length < 20) outline.unclosedTemplateNames.push(templateName(flat.slice(open)));
  }
  outline.infobox ??= other;
  outline.footnotes.sort((a, b) => a.offset - b.offset);
  outline.topRanges.sort((a, b) => a.start - b.start);
  return outline;
}

/** A text to scan: a parsed token (tags-only parse) or, with the tag scan, the raw text of the page or of a tag's content. */
interface Container {
  node: WikiElement | string;
  base: number;
  top: boolean;
}

/** One child of a container, whichever way it was found. */
interface Item {
  kind: 'text' | 'comment' | 'ext' | 'other';
  start: number;
  end: number;
  data: string;
  closed: boolean;
  name: string;
  /** The ref's footnote site, for <ref> items. */
  ref: (() => FootnoteSite) | null;
  /** The tag's content to scan in turn, for extension tags that hold wikitext. */
  inner: Container | null;
}

function tokenItems(node: WikiElement, base: number, source: string, switches: ReaderSwitches): Item[] {
  const items: Item[] = [];
  let offset = base;
  for (const child of node.childNodes) {
    const length = String(child).length;
    const item: Item = {
      kind: 'other',
      start: offset,
      end: offset + length,
      data: '',
      closed: true,
      name: '',
      ref: null,
      inner: null,
    };
    if (isText(child)) {
      item.kind = 'text';
      item.data = child.data;
    } else if (child.type === 'comment') {
      item.kind = 'comment';
      item.closed = child.closed === true;
    } else if (child.type === 'ext' && isTag(child)) {
      const ext = child;
      const start = offset;
      item.kind = 'ext';
      item.name = ext.name;
      item.ref = () => refSite(ext, source.slice(start, start + length), switches);
      const inner = ext.lastChild;
      item.inner = { node: inner, base: start + (length - String(inner).length - closingLength(ext)), top: false };
    }
    items.push(item);
    offset += length;
  }
  return items;
}

function scannedItems(text: string, base: number, switches: ReaderSwitches): Item[] {
  return scanTags(text, base).map((t) => {
    const item: Item = {
      kind: t.kind,
      start: t.start,
      end: t.end,
      data: t.kind === 'text' ? text.slice(t.start - base, t.end - base) : '',
      closed: t.closed,
      name: t.name,
      ref: null,
      inner: null,
    };
    if (t.kind === 'ext') {
      item.ref = () => scannedRefSite(t.attrs, t.inner, text.slice(t.start - base, t.end - base), switches);
      item.inner = t.inner === null ? null : { node: t.inner, base: t.innerStart, top: false };
    }
    return item;
  });
}

/**
 * Flattens a container's children into text where each tag or comment is one OPAQUE char, with the page
 * offset of every char; records <ref> sites and queues tag contents as containers of their own.
 */
function flatten(
  items: readonly Item[],
  top: boolean,
  outline: PageOutline,
  containers: Container[],
): { flat: string; abs: (i: number) => number } {
  const parts: string[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const child of items) {
    const offset = child.start;
    const length = child.end - child.start;
    if (child.kind === 'text') {
      if (child.data.includes('<') && /<ref[\s>/]/i.test(child.data)) outline.strayRefOpeners++;
      parts.push(child.data);
      starts.push(offset);
      lengths.push(child.data.length);
    } else {
      parts.push(OPAQUE);
      starts.push(offset);
      lengths.push(1);
      if (top) outline.topRanges.push({ start: offset, end: offset + length });
      if (child.kind === 'comment') {
        if (!child.closed) outline.unclosedCommentLengths.push(length);
      } else if (child.kind === 'ext') {
        if (child.name === 'ref') outline.footnotes.push({ offset, end: offset + length, site: child.ref!() });
        if (!LITERAL_EXTENSION_TAGS.has(child.name) && child.inner !== null) containers.push(child.inner);
      }
      // Other nodes of a tags-only parse (<includeonly> content, <noinclude> tags) hold no footnote a reader sees.
    }
  }
  const flat = parts.join('');
  // Where each part begins in `flat`; a char's page offset is its part's start plus its place in the part.
  const flatStarts = new Int32Array(parts.length + 1);
  for (let p = 0; p < parts.length; p++) flatStarts[p + 1] = flatStarts[p]! + lengths[p]!;
  const abs = (i: number): number => {
    const part = indexAtOrBefore(flatStarts, i, parts.length);
    return starts[part]! + (i - flatStarts[part]!);
  };
  return { flat, abs };
}

/** Length of "</ref>" (0 when self-closing), to place the tag's content in the page. */
function closingLength(ext: WikiTag): number {
  return ext.selfClosing ? 0 : `</${ext.name}>`.length;
}

function templateName(call: string): string {
  const name = TEMPLATE_NAME.exec(call)![1]!;
  return (name.includes(OPAQUE) ? name.split(OPAQUE).join('') : name).trim();
}

/** A call's name: what follows '{{' up to the first '|', '{' or '}'. */
const TEMPLATE_NAME = /^\{\{([^|{}]*)/;

/** A ref's footnote site; `parsed`: the tag comes from a full parse, so its body is ready (else parsed on demand). */
function refSite(ext: WikiTag, refSource: string, switches: ReaderSwitches, parsed = false): FootnoteSite {
  const name = attr(ext, 'name');
  const body = ext.selfClosing ? '' : String(ext.lastChild);
  return {
    space: 'ref',
    name,
    group: attr(ext, 'group') ?? '',
    key: null,
    hasBody: body.trim() !== '' && ext.lastChild.text().trim() !== '',
    body: parsed ? () => ext.lastChild : () => refBody(refSource, switches),
    token: null,
    field: null,
  };
}

/** The body of the <ref> a ref's own source holds, from the fast reader's parse when it reads it. */
function refBody(refSource: string, switches: ReaderSwitches): WikiElement | null {
  const ref = parseWikitext(refSource, undefined, switches)
    .querySelectorAll('ext')
    .filter(isTag)
    .find((e) => e.name === 'ref');
  return ref?.lastChild ?? null;
}

/** A <ref> found by the tag scan: read from its text when plainly written, else from a parse of the tag alone. */
function scannedRefSite(
  attrs: string,
  inner: string | null,
  refSource: string,
  switches: ReaderSwitches,
): FootnoteSite {
  const plain = plainAttributes(attrs);
  if (plain === null || inner?.includes('<')) {
    const ext = parseWikitext(refSource, undefined, switches)
      .querySelectorAll('ext')
      .filter(isTag)
      .find((e) => e.name === 'ref');
    if (ext !== undefined) return refSite(ext, refSource, switches, true);
    // wikiparser-node reads the tag alone as one ext node, whatever the fast reader declined
    const first: WikiNode | undefined = parsePage(refSource, 1).firstChild;
    if (isTag(first)) return refSite(first, refSource, switches);
    throw new Error(`A <ref> scanned in the page did not parse as a tag: ${refSource.slice(0, 60)}`);
  }
  return {
    space: 'ref',
    name: nonEmpty(plain.get('name')?.trim()),
    group: nonEmpty(plain.get('group')?.trim()) ?? '',
    key: null,
    hasBody: inner !== null && inner.trim() !== '',
    body: () => refBody(refSource, switches),
    token: null,
    field: null,
  };
}

/** A footnote-making call found by the scan ({{sfn}}, {{efn}}, {{#tag:ref}}), or null. */
function footnoteCall(
  name: string,
  flatCall: string,
  callSource: string,
  switches: ReaderSwitches,
): FootnoteSite | null {
  // Most calls are neither: the '#' test spares them the lower-casing.
  const tag = name.startsWith('#') && name.toLowerCase().replace(/\s+/g, '').startsWith('#tag:ref');
  if (!tag && !isFootnoteTemplateName(name)) return null;
  const parse = (): WikiTemplate | null =>
    parseWikitext(callSource, undefined, switches).querySelectorAll('template, magic-word').find(isTemplate) ?? null;
  if (!tag && shortFootnoteEntry(name)) {
    return {
      space: 'sfn',
      name: null,
      group: '',
      key: shortFootnoteKey(flatCall.split(OPAQUE).join('')),
      hasBody: true,
      body: parse,
      token: null,
      field: null,
    };
  }
  const { positional, named } = splitCallArguments(flatCall.slice(2, -2));
  const bodyText = positional[0] ?? named.get('text') ?? '';
  const bodyKey = tag ? '2' : named.has('1') || positional.length > 0 ? '1' : 'text';
  return {
    space: tag ? 'ref' : 'note',
    name: nonEmpty(named.get('name')),
    group: nonEmpty(named.get('group')) ?? '',
    key: null,
    hasBody: bodyText.trim() !== '',
    body: () => {
      return parse()?.getArg(bodyKey)?.lastChild ?? null;
    },
    token: null,
    field: null,
  };
}

function attr(ext: WikiTag, key: string): string | null {
  const v = ext.getAttr(key);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function nonEmpty(v: string | undefined): string | null {
  return v !== undefined && v !== '' ? v : null;
}
