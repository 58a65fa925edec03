// Dump: stream the <page>s of a MediaWiki XML export one at a time, never the whole file. MediaWiki's own markup is
// read by a native-speed scanner (scan-export-markup.ts); from the first thing outside that subset on, saxes reads.
import { SaxesParser } from 'saxes';
import { decodeEntities, isPlainMarkup, scanMarkup, type MarkupVisitor } from './scan-export-markup.js';

export interface DumpPage {
  title: string;
  /** Namespace number: 0 for articles. */
  ns: number;
  pageId: number | null;
  /** Id of the page's last <revision> in the file. */
  revisionId: number | null;
  /** The redirect target when the page is a redirect (`<redirect title="…"/>`), else null. */
  redirect: string | null;
  /** Wikitext of the page's last <revision>. */
  text: string;
}

interface PageDraft {
  title: string;
  ns: string;
  id: string;
  revisionId: string;
  redirect: string | null;
  text: string;
}

const emptyDraft = (): PageDraft => ({ title: '', ns: '', id: '', revisionId: '', redirect: null, text: '' });
const toInt = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : null);

/**
 * Builds pages from a stream of tag and text events, whoever reads the XML: both readers feed the same instance,
 * so a page reads the same either way.
 */
export class PageAssembler {
  /** Finished pages, oldest first. */
  readonly ready: DumpPage[] = [];
  // Element names from <page> down; text is kept only for the leaves we read.
  private readonly path: string[] = [];
  private page: PageDraft | null = null;
  private capture: keyof PageDraft | null = null;
  private revision = { id: '', text: '' };

  /** Whether text now would be kept (so a reader decodes only that text). */
  get capturing(): boolean {
    return this.page !== null && this.capture !== null;
  }

  open(name: string, attribute: (name: string) => string | undefined): void {
    const parent = this.path[this.path.length - 1];
    const inPage = this.page !== null;
    this.path.push(name);
    if (name === 'page' && !inPage) {
      this.page = emptyDraft();
      this.path.length = 0;
      this.path.push('page');
      return;
    }
    if (!this.page) return;
    this.capture = null;
    if (parent === 'page') {
      if (name === 'title') this.capture = 'title';
      else if (name === 'ns') this.capture = 'ns';
      else if (name === 'id') this.capture = 'id';
      else if (name === 'redirect') this.page.redirect = attribute('title') ?? '';
      else if (name === 'revision') this.revision = { id: '', text: '' };
    } else if (parent === 'revision' && this.path.length === 3) {
      if (name === 'id') this.capture = 'revisionId';
      else if (name === 'text') this.capture = 'text';
    }
  }

  text(text: string): void {
    const capture = this.capture;
    if (!this.page || capture === null) return;
    if (capture === 'revisionId') this.revision.id += text;
    else if (capture === 'text') this.revision.text += text;
    else if (capture !== 'redirect') this.page[capture] += text;
  }

  cdata(text: string): void {
    if (this.page && this.capture === 'text') this.revision.text += text;
  }

  close(name: string): void {
    this.path.pop();
    this.capture = null;
    const page = this.page;
    if (!page) return;
    if (name === 'revision' && this.path.length === 1) {
      page.revisionId = this.revision.id;
      page.text = this.revision.text;
    } else if (name === 'page' && this.path.length === 0) {
      this.ready.push({
        title: page.title.trim(),
        ns: toInt(page.ns) ?? 0,
        pageId: toInt(page.id),
        revisionId: toInt(page.revisionId),
        redirect: page.redirect,
        text: page.text,
      });
      this.page = null;
    }
  }
}

/** saxes feeding `assembler`; events are dropped while `muted` (the opening tags replayed to resume mid-document). */
function saxesInto(assembler: PageAssembler): { parser: SaxesParser; mute: (muted: boolean) => void } {
  const parser = new SaxesParser();
  let muted = false;
  parser.on('opentag', (tag) => {
    if (!muted) assembler.open(tag.name, (name) => (typeof tag.attributes[name] === 'string' ? (tag.attributes[name] as string) : undefined));
  });
  parser.on('text', (text) => {
    if (!muted) assembler.text(text);
  });
  parser.on('cdata', (text) => {
    if (!muted) assembler.cdata(text);
  });
  parser.on('closetag', (tag) => {
    if (!muted) assembler.close(tag.name);
  });
  return { parser, mute: (m) => void (muted = m) };
}

/** The XML declaration MediaWiki may start with. */
const DECLARATION = /^<\?xml(?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*[ \t\n]*\?>/;
/** A page longer than this (a history export's page with all its revisions) is left to saxes, which streams it. */
const MAX_PENDING = 64 * 1024 * 1024;

/**
 * The fast reader over a growing buffer. `read` takes everything whole at the buffer's start — the markup between
 * pages, and whole <page> elements — and answers how far it got; `declined` says saxes must go on from there.
 */
export class ExportScanner {
  /** Tags open outside pages, outermost first: what saxes is told when it takes over. */
  readonly outside: string[] = [];
  /** The root element has closed (saxes is then told that too, so a second root stays an error). */
  rootClosed = false;
  declined = false;
  private started = false;

  constructor(private readonly assembler: PageAssembler) {}

  /** Reads from 0; returns where it stopped (the first character not read). At `final`, the buffer is the end. */
  read(buffer: string, final: boolean): number {
    let at = 0;
    if (!this.started) {
      if (buffer.length < 6 && !final) return 0;
      this.started = true;
      const declaration = buffer.startsWith('<?') ? DECLARATION.exec(buffer) : null;
      if (declaration) at = declaration[0].length;
    }
    for (;;) {
      const start = this.findPageStart(buffer, at);
      if (start === -2) return final ? this.decline(at) : at; // `<page` cut at the buffer's end: wait for more
      const regionEnd = start < 0 ? buffer.length : start;
      if (start < 0 && !final) {
        // The markup between pages is read when the next page (or the end) shows where it ends; a tag may be cut.
        if (buffer.length - at > MAX_PENDING) return this.decline(at);
        return at;
      }
      if (!this.readRegion(buffer, at, regionEnd)) return this.decline(at);
      at = regionEnd;
      // At the end the root must have closed; if not, saxes reports the document as cut short.
      if (start < 0) return this.outside.length > 0 || !this.rootClosed ? this.decline(at) : at;
      const end = buffer.indexOf('</page>', start);
      if (end < 0) {
        if (final || buffer.length - start > MAX_PENDING) return this.decline(start);
        return start;
      }
      if (!this.readPage(buffer, start, end + '</page>'.length)) return this.decline(start);
      at = end + '</page>'.length;
    }
  }

  private decline(at: number): number {
    this.declined = true;
    return at;
  }

  /** Index of the next `<page` tag from `from`; -1 when none; -2 when the buffer ends inside `<page…`. */
  private findPageStart(buffer: string, from: number): number {
    for (let i = buffer.indexOf('<page', from); i >= 0; i = buffer.indexOf('<page', i + 1)) {
      const after = buffer.charAt(i + 5);
      if (after === '') return -2;
      if (after === '>' || after === '/' || after === ' ' || after === '\t' || after === '\n' || after === '\r') return i;
    }
    const tail = buffer.lastIndexOf('<');
    return tail >= from && '<page'.startsWith(buffer.slice(tail)) ? -2 : -1;
  }

  /** The markup between pages (the root, <siteinfo> …): checked and followed, its text dropped. */
  private readRegion(buffer: string, from: number, to: number): boolean {
    return from === to || (isPlainMarkup(buffer.slice(from, to)) && scanMarkup(buffer, from, to, this.regionVisitor));
  }

  /** One whole <page> element; false (nothing read) when any of it is outside the subset. */
  private readPage(buffer: string, from: number, to: number): boolean {
    if (this.outside.length === 0 || !isPlainMarkup(buffer.slice(from, to))) return false;
    // Checked first, then read: a page declined half-way would already have fed the assembler.
    this.pageStack.length = 0;
    this.pageClosed = false;
    if (!scanMarkup(buffer, from, to, this.pageCheck) || !this.pageClosed) return false;
    return scanMarkup(buffer, from, to, this.pageReader);
  }

  // The visitors are made once: made per call, V8 would compile each new closure's optimised code again.
  private readonly pageStack: string[] = [];
  private pageClosed = false;

  private readonly regionVisitor: MarkupVisitor = {
    open: (name, attributes) => {
      if (this.outside.length === 0 && this.rootClosed) return false;
      this.outside.push(name);
      this.assembler.open(name, (n) => attributes.get(n));
      return true;
    },
    close: (name) => {
      if (this.outside.pop() !== name) return false;
      if (this.outside.length === 0) this.rootClosed = true;
      this.assembler.close(name);
      return true;
    },
    // Outside the root only whitespace may stand.
    text: (raw) => this.outside.length > 0 || /^[ \t\n]*$/.test(raw),
  };

  /** Well-formedness of one page: nested tags close in order, and the page closes exactly at its end. */
  private readonly pageCheck: MarkupVisitor = {
    open: (name) => !this.pageClosed && this.pageStack.push(name) > 0,
    close: (name) => {
      if (this.pageStack.pop() !== name) return false;
      this.pageClosed = this.pageStack.length === 0;
      return true;
    },
  };

  private readonly pageReader: MarkupVisitor = {
    open: (name, attributes) => (this.assembler.open(name, (n) => attributes.get(n)), true),
    close: (name) => (this.assembler.close(name), true),
    text: (raw) => (this.assembler.capturing && this.assembler.text(decodeEntities(raw)), true),
  };
}

/** The source as text: UTF-8 bytes decoded across chunk borders. */
async function* decodeChunks(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

const PAGE_END = Buffer.from('</page>');

/**
 * The source as text in runs that each end just after a `</page>` (the last in its bytes), so whole pages reach the
 * scanner as one flat string decoded once. Joining decoded chunks instead made V8 copy each page's text again
 * (a third of the reader's time); bytes are searched and joined at memory speed. A run cut after `>` ends no
 * UTF-8 sequence early, so the decoder reads exactly what it would have read in one piece.
 */
async function* decodePageRuns(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let tail: Uint8Array = new Uint8Array(0);
  const run = (parts: readonly Uint8Array[], length: number): string => decoder.decode(parts.length === 1 ? parts[0]! : Buffer.concat(parts, length), { stream: true });
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // The end of the last `</page>` in this chunk, or in the seam with the chunk before.
    let end = bytes.lastIndexOf(PAGE_END);
    if (end >= 0) end += PAGE_END.length;
    else if (tail.length > 0) {
      const seam = Buffer.concat([tail, bytes.subarray(0, PAGE_END.length - 1)]);
      const at = seam.indexOf(PAGE_END);
      if (at >= 0) end = at + PAGE_END.length - tail.length;
    }
    tail = bytes.subarray(Math.max(0, bytes.length - (PAGE_END.length - 1)));
    if (end < 0) {
      pending.push(bytes);
      pendingLength += bytes.length;
      // A page longer than this is handed on as it is (the scanner then leaves it to saxes, which streams).
      if (pendingLength > MAX_PENDING) {
        yield run(pending, pendingLength);
        pending = [];
        pendingLength = 0;
      }
      continue;
    }
    pending.push(bytes.subarray(0, end));
    yield run(pending, pendingLength + end);
    pending = end < bytes.length ? [bytes.subarray(end)] : [];
    pendingLength = bytes.length - end;
  }
  const rest = run(pending, pendingLength) + decoder.decode();
  if (rest) yield rest;
}

/**
 * readDumpPages by saxes alone, for the tests that hold the fast reader to it (not part of the package's API).
 * @example for await (const page of readDumpPagesBySaxes(chunks)) pages.push(page);
 */
export async function* readDumpPagesBySaxes(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<DumpPage> {
  const assembler = new PageAssembler();
  const { parser } = saxesInto(assembler);
  for await (const text of decodeChunks(source)) {
    parser.write(text);
    while (assembler.ready.length > 0) yield assembler.ready.shift()!;
  }
  parser.close();
  while (assembler.ready.length > 0) yield assembler.ready.shift()!;
}

/**
 * Yields the pages of a MediaWiki XML export (`Special:Export`, `pages-articles.xml`) as they stream past. Only the
 * current page is held in memory. Where a page has several revisions (a history export) the last one wins.
 * @example for await (const page of readDumpPages(fs.createReadStream('dump.xml'))) console.log(page.title);
 */
export async function* readDumpPages(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<DumpPage> {
  const assembler = new PageAssembler();
  const scanner = new ExportScanner(assembler);
  const runs = decodePageRuns(source);
  let buffer = '';
  let consumed = false;
  for (;;) {
    const next = await runs.next();
    const final = next.done === true;
    if (!final) buffer = buffer === '' ? next.value : buffer + next.value;
    const at = scanner.read(buffer, final);
    if (at > 0) consumed = true;
    buffer = buffer.slice(at);
    // Hand pages over run by run so the consumer's pace holds the reading back.
    while (assembler.ready.length > 0) yield assembler.ready.shift()!;
    if (scanner.declined) break;
    if (final) return;
  }

  // saxes goes on where the scanner stopped, first told (silently) of the tags open there.
  const { parser, mute } = saxesInto(assembler);
  if (consumed) {
    mute(true);
    parser.write(scanner.rootClosed ? '<_/>' : scanner.outside.map((name) => `<${name}>`).join(''));
    mute(false);
  }
  parser.write(buffer);
  while (assembler.ready.length > 0) yield assembler.ready.shift()!;
  for (;;) {
    const next = await runs.next();
    if (next.done) break;
    parser.write(next.value);
    while (assembler.ready.length > 0) yield assembler.ready.shift()!;
  }
  parser.close();
  while (assembler.ready.length > 0) yield assembler.ready.shift()!;
}
