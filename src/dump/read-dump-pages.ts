// Dump: stream the <page>s of a MediaWiki XML export one at a time (saxes), never the whole file.
import { SaxesParser } from 'saxes';

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
 * Yields the pages of a MediaWiki XML export (`Special:Export`, `pages-articles.xml`) as they stream past. Only the
 * current page is held in memory. Where a page has several revisions (a history export) the last one wins.
 * @example for await (const page of readDumpPages(fs.createReadStream('dump.xml'))) console.log(page.title);
 */
export async function* readDumpPages(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<DumpPage> {
  const parser = new SaxesParser();
  const ready: DumpPage[] = [];
  // Element names from <page> down; text is kept only for the leaves we read.
  const path: string[] = [];
  let page: PageDraft | null = null;
  let capture: keyof PageDraft | null = null;
  let revision = { id: '', text: '' };

  parser.on('opentag', (tag) => {
    const parent = path[path.length - 1];
    const inPage = page !== null;
    path.push(tag.name);
    if (tag.name === 'page' && !inPage) {
      page = emptyDraft();
      path.length = 0;
      path.push('page');
      return;
    }
    if (!page) return;
    capture = null;
    if (parent === 'page') {
      if (tag.name === 'title') capture = 'title';
      else if (tag.name === 'ns') capture = 'ns';
      else if (tag.name === 'id') capture = 'id';
      else if (tag.name === 'redirect') page.redirect = typeof tag.attributes.title === 'string' ? tag.attributes.title : '';
      else if (tag.name === 'revision') revision = { id: '', text: '' };
    } else if (parent === 'revision' && path.length === 3) {
      if (tag.name === 'id') capture = 'revisionId';
      else if (tag.name === 'text') capture = 'text';
    }
  });
  parser.on('text', (text) => {
    if (!page || capture === null) return;
    if (capture === 'revisionId') revision.id += text;
    else if (capture === 'text') revision.text += text;
    else if (capture !== 'redirect') page[capture] += text;
  });
  parser.on('cdata', (text) => {
    if (page && capture === 'text') revision.text += text;
  });
  parser.on('closetag', (tag) => {
    path.pop();
    capture = null;
    if (!page) return;
    if (tag.name === 'revision' && path.length === 1) {
      page.revisionId = revision.id;
      page.text = revision.text;
    } else if (tag.name === 'page' && path.length === 0) {
      ready.push({
        title: page.title.trim(),
        ns: toInt(page.ns) ?? 0,
        pageId: toInt(page.id),
        revisionId: toInt(page.revisionId),
        redirect: page.redirect,
        text: page.text,
      });
      page = null;
    }
  });

  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    // Hand pages over chunk by chunk so the consumer's pace holds the reading back.
    while (ready.length > 0) yield ready.shift()!;
  }
  parser.write(decoder.decode());
  parser.close();
  while (ready.length > 0) yield ready.shift()!;
}
