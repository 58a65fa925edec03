// Dump: the fast reader of an export — MediaWiki's own markup, between pages and whole <page> elements, read with
// scan-export-markup.ts into the page assembler; it stops (declines) where saxes must go on. The buffer is a byte
// string (latin1), so its indices are byte offsets.
import type { PageAssembler } from './assemble-dump-page.js';
import { isPlainMarkup, scanMarkup, type MarkupVisitor } from './scan-export-markup.js';

/** The XML declaration MediaWiki may start with. */
const DECLARATION = /^<\?xml(?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*[ \t\n]*\?>/;
/** U+FEFF in UTF-8, as a byte string. */
const BYTE_ORDER_MARK = '\xEF\xBB\xBF';
/** A page longer than this (a history export's page with all its revisions) is left to saxes, which streams it. */
export const MAX_PENDING = 64 * 1024 * 1024;

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
      // A byte-order mark is dropped, as UTF-8 decoders drop it.
      if (buffer.startsWith(BYTE_ORDER_MARK)) at = BYTE_ORDER_MARK.length;
      const declaration = buffer.startsWith('<?', at) ? DECLARATION.exec(buffer.slice(at)) : null;
      if (declaration) at += declaration[0].length;
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
      if (after === '>' || after === '/' || after === ' ' || after === '\t' || after === '\n' || after === '\r')
        return i;
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
    open: (name, attributes) => {
      this.assembler.open(name, (n) => attributes.get(n));
      return true;
    },
    close: (name) => {
      this.assembler.close(name);
      return true;
    },
    text: (raw) => {
      if (this.assembler.capturing) this.assembler.encodedText(raw);
      return true;
    },
  };
}
