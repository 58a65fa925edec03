// Tests that readDumpPages (the fast scanner, handing over to saxes) reads every export exactly as saxes alone does:
// the committed sample, and generated exports with the constructs the scanner declines mixed in. FUZZ_RUNS and
// FUZZ_SEED run the property longer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageAssembler } from '../../src/dump/assemble-dump-page.js';
import { ExportScanner } from '../../src/dump/export-scanner.js';
import { readDumpPages, readDumpPagesBySaxes, type DumpPage } from '../../src/dump/read-dump-pages.js';
import { buildDumpXml } from './build-dump.js';

/** Stands for malformed UTF-8 in generated texts: its bytes are swapped for broken sequences by `bytesOf`. */
const MALFORMED = '\uE000';
const BROKEN_SEQUENCES = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80, 0x80]];

/** The document's UTF-8 bytes, each MALFORMED replaced by a broken sequence in turn. */
function bytesOf(xml: string): Buffer {
  const parts = xml.split(MALFORMED);
  const out: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(Buffer.from(BROKEN_SEQUENCES[i % BROKEN_SEQUENCES.length]!));
    out.push(Buffer.from(part));
  });
  return Buffer.concat(out);
}

/** The document as byte chunks cut at the given fractions (multi-byte characters get cut too). */
function* cut(xml: string, cuts: readonly number[]): Generator<Uint8Array> {
  const bytes = bytesOf(xml);
  let from = 0;
  for (const at of [...cuts.map((c) => Math.floor(c * bytes.length))].sort((a, b) => a - b)) {
    if (at > from) yield bytes.subarray(from, at);
    from = Math.max(from, at);
  }
  yield bytes.subarray(from);
}

async function read(
  reader: typeof readDumpPages,
  chunks: Iterable<Uint8Array>,
): Promise<{ pages: DumpPage[]; threw: boolean }> {
  const pages: DumpPage[] = [];
  try {
    for await (const page of reader(
      (async function* () {
        yield* chunks;
      })(),
    ))
      pages.push(page);
    return { pages, threw: false };
  } catch {
    return { pages, threw: true };
  }
}

/** Whether the scanner alone reads the whole document (no hand-over to saxes). */
function readByScanner(xml: string): boolean {
  const scanner = new ExportScanner(new PageAssembler());
  const bytes = bytesOf(xml).toString('latin1');
  return scanner.read(bytes, true) === bytes.length && !scanner.declined;
}

// ---- a generator of exports ---------------------------------------------------------------------------------------
// Clean exports are what MediaWiki writes; wild ones mix in what the scanner declines (comments, CDATA, `\r`, loose
// `&`, control characters, stray markup, truncation), anywhere.
const cleanPiece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Battle',
      ' of ',
      'Jutland',
      '\n',
      '== Aftermath ==',
      "'''bold'''",
      '[[Link|text]]',
      '{{Infobox military conflict',
      '| x = 1',
      '}}',
      '>',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&lt;ref&gt;',
      '&lt;/ref&gt;',
      '&amp;',
      '&amp;nbsp;',
      '&quot;',
      '&apos;',
      '&#65;',
      '&#x15A;',
      'Ś',
      '😀',
      '–',
      '\uFEFF',
      '\uFFFD',
      MALFORMED,
    ),
  },
);
const oddPiece = fc.constantFrom(
  '\r\n',
  '<!-- c -->',
  '<![CDATA[a <b> ]]>',
  '&nbsp;',
  'AT&T',
  '\u0001',
  '<b>inner</b>',
  ']]>',
  '&#1;',
  '<',
  '\r',
  '\uFFFE',
  '\uFFFF',
);

function exportOf(wild: boolean): fc.Arbitrary<string> {
  const piece = wild ? fc.oneof({ weight: 12, arbitrary: cleanPiece }, { weight: 1, arbitrary: oddPiece }) : cleanPiece;
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  const ws = fc.constantFrom('', '\n', '\n    ', ' ');
  const revision = fc
    .record({ id: fc.nat(99999), text, selfClosing: fc.boolean(), contributorId: fc.nat(99), w: ws })
    .map(
      (r) =>
        `<revision>${r.w}<id>${r.id}</id>${r.w}<contributor><username>U</username><id>${r.contributorId}</id></contributor>${r.w}` +
        (r.selfClosing ? '<text bytes="0" />' : `<text bytes="1" xml:space="preserve">${r.text}</text>`) +
        `${r.w}<sha1>x</sha1></revision>`,
    );
  const page = fc
    .record({
      title: text,
      ns: fc.constantFrom('0', '1', ' 0 ', 'x'),
      id: fc.nat(99999),
      redirect: fc.option(text, { nil: undefined }),
      revisions: fc.array(revision, { maxLength: 2 }),
      w: ws,
      attribute: fc.boolean(),
    })
    .map(
      (p) =>
        `<page${p.attribute ? ' x="1"' : ''}>${p.w}<title>${p.title}</title>${p.w}<ns>${p.ns}</ns><id>${p.id}</id>${p.w}` +
        (p.redirect === undefined ? '' : `<redirect title="${p.redirect.replace(/[<"\n\r\t]/g, '')}" />`) +
        `${p.revisions.join(p.w)}${p.w}</page>`,
    );
  const between = wild
    ? fc.oneof(
        { weight: 8, arbitrary: ws },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '<!-- between -->',
            'stray text',
            '<extra/>',
            '<page/>',
            '<page><page></page></page>',
          ),
        },
      )
    : ws;
  const tail = wild
    ? fc.constantFrom('</mediawiki>\n', '</mediawiki>', '</mediawiki>\n<more/>', '', '</mediawiki>junk')
    : fc.constantFrom('</mediawiki>\n', '</mediawiki>');
  return fc
    .record({
      byteOrderMark: fc.boolean(),
      declaration: fc.boolean(),
      siteinfo: fc.boolean(),
      pages: fc.array(fc.tuple(page, between), { maxLength: 5 }),
      tail,
      truncate: wild
        ? fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined, freq: 4 })
        : fc.constant(undefined),
    })
    .map((d) => {
      const xml =
        `${d.byteOrderMark ? '\uFEFF' : ''}${d.declaration ? '<?xml version="1.0" encoding="utf-8"?>\n' : ''}<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">\n` +
        (d.siteinfo
          ? '<siteinfo><sitename>Wikipedia</sitename><namespaces><namespace key="0" /></namespaces></siteinfo>\n'
          : '') +
        d.pages.map(([p, b]) => p + b).join('') +
        d.tail;
      return d.truncate === undefined ? xml : xml.slice(0, Math.floor(d.truncate * xml.length));
    });
}
const document = fc.oneof(exportOf(false), exportOf(true));

describe('readDumpPages against saxes alone', () => {
  it('reads the sample export whole by the scanner, and as saxes does in any chunking', async () => {
    const xml = buildDumpXml();
    expect(readByScanner(xml)).toBe(true);
    const expected = await read(readDumpPagesBySaxes, cut(xml, []));
    expect(expected.pages).toHaveLength(5);
    for (const cuts of [
      [],
      [0.5],
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
      Array.from({ length: 200 }, (_, i) => i / 200),
    ]) {
      expect(await read(readDumpPages, cut(xml, cuts))).toEqual(expected);
    }
  });

  it('gives the same pages, or fails alike, on generated exports (property)', async () => {
    let whole = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        document,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        async (xml, cuts) => {
          runs++;
          if (readByScanner(xml)) whole++;
          const expected = await read(readDumpPagesBySaxes, cut(xml, cuts));
          const actual = await read(readDumpPages, cut(xml, cuts));
          expect(actual.threw).toBe(expected.threw);
          // After an error, how many pages came before it depends on where the chunks fell.
          if (!expected.threw) expect(actual.pages).toEqual(expected.pages);
        },
      ),
      {
        numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1500,
        seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 11,
      },
    );
    // The property must exercise the scanner itself, not only the hand-over.
    if (process.env.DUMP_SCAN_STATS) console.log(`read whole by the scanner: ${whole} of ${runs}`);
    expect(whole / runs).toBeGreaterThan(0.3);
  });

  it('reads the last revision of a history page, as saxes does', async () => {
    const revisions = Array.from(
      { length: 3 },
      (_, i) => `<revision><id>${i}</id><text>${'&lt;x&gt;'.repeat(i === 2 ? 10 : 1)}</text></revision>`,
    ).join('');
    const xml = `<mediawiki><page><title>T</title><ns>0</ns><id>1</id>${revisions}</page></mediawiki>`;
    const expected = await read(readDumpPagesBySaxes, cut(xml, []));
    expect(expected.pages[0]?.text).toBe('<x>'.repeat(10));
    expect(await read(readDumpPages, cut(xml, [0.3, 0.6]))).toEqual(expected);
  });
});

describe('readDumpPages on a page longer than the scanner holds (64 MiB)', () => {
  // Its bytes are decoded in more than one run, so the scanner never sees it whole and saxes reads it.
  it('reads it and the pages around it whole, in order', async () => {
    const huge = 'a'.repeat(65 * 1024 * 1024);
    const xml = `<mediawiki><page><title>A</title><ns>0</ns><id>1</id><revision><id>2</id><text>a &amp; b</text></revision></page>\n<page><title>Big</title><ns>0</ns><id>3</id><revision><id>4</id><text>${huge}</text></revision></page>\n<page><title>C</title><ns>0</ns><id>5</id><revision><id>6</id><text>c</text></revision></page></mediawiki>`;
    const chunks = function* (): Generator<Uint8Array> {
      const bytes = Buffer.from(xml);
      for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
    };
    const actual = await read(readDumpPages, chunks());
    expect(actual.threw).toBe(false);
    expect(actual.pages.map((p) => [p.title, p.text.length])).toEqual([
      ['A', 5],
      ['Big', huge.length],
      ['C', 1],
    ]);
    expect(actual.pages[1]!.text === huge).toBe(true);
  }, 60_000);
});

describe('readDumpPages streaming', () => {
  it('yields a page as soon as its </page> has come, even one byte at a time', async () => {
    const first =
      '<mediawiki><page><title>A</title><ns>0</ns><id>1</id><revision><id>2</id><text>x</text></revision></page>';
    const xml = `${first}<page><title>B</title><ns>0</ns><id>3</id><revision><id>4</id><text>y</text></revision></page></mediawiki>`;
    let sent = 0;
    const oneByte = async function* (): AsyncGenerator<Uint8Array> {
      for (const byte of Buffer.from(xml)) {
        sent++;
        yield Uint8Array.of(byte);
      }
    };
    const sentAt: [string, number][] = [];
    for await (const page of readDumpPages(oneByte())) sentAt.push([page.title, sent]);
    expect(sentAt.map(([title]) => title)).toEqual(['A', 'B']);
    // A comes out right after its own last byte, not at the end of the file.
    expect(sentAt[0]![1]).toBe(Buffer.byteLength(first));
  });
});
