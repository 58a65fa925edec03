// Dump: stream the <page>s of a MediaWiki XML export one at a time, never the whole file. MediaWiki's own markup is
// read by a native-speed scanner (export-scanner.ts); from the first thing outside that subset on, saxes reads.
import { SaxesParser } from 'saxes';
import { decodedPage, PageAssembler, type DumpPage, type ReadPage } from './assemble-dump-page.js';
import { ExportScanner, MAX_PENDING } from './export-scanner.js';

export type { DumpPage } from './assemble-dump-page.js';

/** saxes feeding `assembler`; events are dropped while `muted` (the opening tags replayed to resume mid-document). */
function saxesInto(assembler: PageAssembler): { parser: SaxesParser; mute: (muted: boolean) => void } {
  const parser = new SaxesParser();
  let muted = false;
  parser.on('opentag', (tag) => {
    if (!muted)
      assembler.open(tag.name, (name) =>
        typeof tag.attributes[name] === 'string' ? (tag.attributes[name] as string) : undefined,
      );
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

/** The source as text: UTF-8 bytes decoded across chunk borders. */
async function* decodeChunks(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

const PAGE_END = Buffer.from('</page>');

/**
 * The source as byte strings (latin1, one character per byte: see scan-export-markup.ts) in runs that each end just
 * after a `</page>` (the last in its bytes), so whole pages reach the scanner as one flat string. Joining chunks as
 * strings instead made V8 copy each page's text again (a third of the reader's time); bytes are searched and joined
 * at memory speed, and a byte string costs a copy where UTF-8 decoding costs a pass over every character.
 */
async function* pageRuns(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let tail: Buffer = Buffer.alloc(0);
  const run = (parts: readonly Buffer[], length: number): string =>
    (parts.length === 1 ? parts[0]! : Buffer.concat(parts, length)).toString('latin1');
  for await (const chunk of source) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // The end of the last `</page>` in this chunk, or in the seam with the chunk before.
    let end = bytes.lastIndexOf(PAGE_END);
    if (end >= 0) end += PAGE_END.length;
    else if (tail.length > 0) {
      const seam = Buffer.concat([tail, bytes.subarray(0, PAGE_END.length - 1)]);
      const at = seam.indexOf(PAGE_END);
      if (at >= 0) end = at + PAGE_END.length - tail.length;
    }
    // The last 6 bytes seen, across chunks shorter than that too.
    const last = bytes.length >= PAGE_END.length - 1 ? bytes : Buffer.concat([tail, bytes]);
    tail = last.subarray(Math.max(0, last.length - (PAGE_END.length - 1)));
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
  const rest = run(pending, pendingLength);
  if (rest) yield rest;
}

/**
 * Byte strings decoded as UTF-8 across run borders (a run longer than MAX_PENDING may end inside a character). The
 * scanner has read the document's start, byte-order mark included, so a U+FEFF here is a character.
 */
function utf8Runs(): (bytes: string, final?: boolean) => string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (bytes, final = false) => decoder.decode(Buffer.from(bytes, 'latin1'), { stream: !final });
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
    while (assembler.ready.length > 0) yield decodedPage(assembler.ready.shift()!);
  }
  parser.close();
  while (assembler.ready.length > 0) yield decodedPage(assembler.ready.shift()!);
}

/**
 * Yields the pages of a MediaWiki XML export (`Special:Export`, `pages-articles.xml`) as they stream past. Only the
 * current page is held in memory. Where a page has several revisions (a history export) the last one wins.
 * @example for await (const page of readDumpPages(fs.createReadStream('dump.xml'))) console.log(page.title);
 */
export async function* readDumpPages(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<DumpPage> {
  for await (const page of readPagesUndecoded(source)) yield decodedPage(page);
}

/**
 * readDumpPages whose pages may keep their text undecoded (ReadPage.encodedText), for a reader that skips most of
 * them unread (parseDump); not part of the package's API.
 * @example for await (const page of readPagesUndecoded(chunks)) if (wanted(page)) use(decodedPage(page));
 */
export async function* readPagesUndecoded(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<ReadPage> {
  const assembler = new PageAssembler();
  const scanner = new ExportScanner(assembler);
  const runs = pageRuns(source);
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
  const decode = utf8Runs();
  if (consumed) {
    mute(true);
    parser.write(scanner.rootClosed ? '<_/>' : scanner.outside.map((name) => `<${name}>`).join(''));
    mute(false);
  }
  parser.write(decode(buffer));
  while (assembler.ready.length > 0) yield assembler.ready.shift()!;
  for (;;) {
    const next = await runs.next();
    if (next.done) break;
    parser.write(decode(next.value));
    while (assembler.ready.length > 0) yield assembler.ready.shift()!;
  }
  parser.write(decode('', true));
  parser.close();
  while (assembler.ready.length > 0) yield assembler.ready.shift()!;
}
