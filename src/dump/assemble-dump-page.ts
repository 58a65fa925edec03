// Dump: build pages from a stream of tag and text events — the one place that knows which elements of an export
// make a page, fed alike by the fast scanner and by saxes.
import { decodeExportText } from './scan-export-markup.js';

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

/**
 * A page as read, before its text is decoded: from the fast scanner the text stays the export's raw bytes
 * (`encodedText`, a byte string with entities), so a page that is skipped never pays for decoding it.
 */
export interface ReadPage extends Omit<DumpPage, 'text'> {
  /** The decoded text; '' while `encodedText` holds it. */
  text: string;
  /** The text as the export's raw bytes (see scan-export-markup.ts), or null when `text` is already decoded. */
  encodedText: string | null;
}

/** The page with its text decoded. */
export function decodedPage(page: ReadPage): DumpPage {
  const { encodedText, ...rest } = page;
  return encodedText === null ? rest : { ...rest, text: decodeExportText(encodedText) };
}

interface PageDraft {
  title: string;
  ns: string;
  id: string;
  revisionId: string;
  redirect: string | null;
  text: string;
  encodedText: string | null;
}

const emptyDraft = (): PageDraft => ({
  title: '',
  ns: '',
  id: '',
  revisionId: '',
  redirect: null,
  text: '',
  encodedText: null,
});
const toInt = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : null);

/**
 * Builds pages from a stream of tag and text events, whoever reads the XML: both readers feed the same instance,
 * so a page reads the same either way.
 */
export class PageAssembler {
  /** Finished pages, oldest first. */
  readonly ready: ReadPage[] = [];
  // Element names from <page> down; text is kept only for the leaves we read.
  private readonly path: string[] = [];
  private page: PageDraft | null = null;
  private capture: 'title' | 'ns' | 'id' | 'revisionId' | 'text' | null = null;
  private revision = { id: '', text: '', encoded: null as string | null };

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
      else if (name === 'revision') this.revision = { id: '', text: '', encoded: null };
    } else if (parent === 'revision' && this.path.length === 3) {
      if (name === 'id') this.capture = 'revisionId';
      else if (name === 'text') this.capture = 'text';
    }
  }

  text(text: string): void {
    const capture = this.capture;
    if (!this.page || capture === null) return;
    if (capture === 'revisionId') this.revision.id += text;
    else if (capture === 'text') this.revision.text = this.decodedText() + text;
    else this.page[capture] += text;
  }

  /** Raw text from the fast scanner (bytes, entities not decoded): the page's text is kept so, the rest decoded. */
  encodedText(raw: string): void {
    if (this.page && this.capture === 'text' && this.revision.text === '' && this.revision.encoded === null)
      this.revision.encoded = raw;
    else this.text(decodeExportText(raw));
  }

  cdata(text: string): void {
    if (this.page && this.capture === 'text') this.revision.text = this.decodedText() + text;
  }

  /** The revision's text so far, decoded (a text in several pieces is rare: only saxes splits one). */
  private decodedText(): string {
    const encoded = this.revision.encoded;
    if (encoded === null) return this.revision.text;
    this.revision.encoded = null;
    return decodeExportText(encoded);
  }

  close(name: string): void {
    this.path.pop();
    this.capture = null;
    const page = this.page;
    if (!page) return;
    if (name === 'revision' && this.path.length === 1) {
      page.revisionId = this.revision.id;
      page.text = this.revision.text;
      page.encodedText = this.revision.encoded;
    } else if (name === 'page' && this.path.length === 0) {
      this.ready.push({
        title: page.title.trim(),
        ns: toInt(page.ns) ?? 0,
        pageId: toInt(page.id),
        revisionId: toInt(page.revisionId),
        redirect: page.redirect,
        text: page.text,
        encodedText: page.encodedText,
      });
      this.page = null;
    }
  }
}
