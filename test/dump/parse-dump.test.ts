import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFLICT_INFOBOXES, CONFLICT_LIKE_INFOBOXES } from '../../src/_data/infobox-templates.js';
import { decodedPage, type ReadPage } from '../../src/dump/assemble-dump-page.js';
import { hasConflictInfobox, hasConflictInfoboxEncoded } from '../../src/dump/conflict-infobox.js';
import { decompressDump } from '../../src/dump/decompress-dump.js';
import {
  classifyPage,
  classifyReadPage,
  parseDump,
  type DumpResult,
  type DumpStats,
} from '../../src/dump/parse-dump.js';
import { readDumpPages } from '../../src/dump/read-dump-pages.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';
import { buildDumpXml, DUMP_BZ2, DUMP_PAGES } from './build-dump.js';

const xml = buildDumpXml();

/** The XML in tiny chunks, so pages, tags and multi-byte characters (Ś) are cut across chunk borders. */
function chunked(text: string | Buffer, size = 7): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function collect(source: AsyncIterable<Uint8Array | string>, workers: number) {
  const results: DumpResult[] = [];
  const generator = parseDump(source, { workers });
  let next = await generator.next();
  for (; !next.done; next = await generator.next()) results.push(next.value);
  return { results, stats: next.value as DumpStats };
}

describe('readDumpPages', () => {
  it('streams every page with title, namespace, ids, redirect and text', async () => {
    const pages = [];
    for await (const page of readDumpPages(chunked(xml))) pages.push(page);
    expect(pages.map((p) => [p.title, p.ns, p.pageId, p.revisionId, p.redirect])).toEqual([
      ['Battle of Lostwithiel', 0, 4160, 804638880, null],
      ['Battle of Aboukir Bay', 0, 4605, 529156097, 'Battle of the Nile'],
      ['Talk:Battle of Świecino', 1, 4929, 746694349, null],
      ['List of sieges', 0, 90001, 90002, null],
      ['Battle of Świecino', 0, 4928, 749848327, null],
    ]);
    // Entities decoded, text byte-identical to the source file.
    expect(pages.map((p) => p.text)).toEqual(DUMP_PAGES.map((p) => p.text));
  });
});

describe('decompressDump', () => {
  it('decodes the committed multistream .bz2 to exactly the export the helper builds', async () => {
    const parts: Uint8Array[] = [];
    for await (const bytes of decompressDump(createReadStream(DUMP_BZ2))) parts.push(bytes);
    expect(Buffer.concat(parts).toString('utf8')).toBe(xml);
  });

  it('passes uncompressed bytes through unchanged', async () => {
    const parts: Uint8Array[] = [];
    for await (const bytes of decompressDump(chunked(xml, 2))) parts.push(bytes);
    expect(Buffer.concat(parts).toString('utf8')).toBe(xml);
  });

  it('fails on a corrupt .bz2 instead of hanging', async () => {
    const corrupt = Buffer.from(readFileSync(DUMP_BZ2));
    corrupt.fill(0x41, 100, 400);
    const drain = async () => {
      for await (const _ of decompressDump(Readable.from([corrupt]))) void _;
    };
    await expect(drain()).rejects.toMatchObject({ name: 'DumpError', code: 'bzip2-corrupt' });
  });
});

describe('hasConflictInfobox', () => {
  // The reader's table: every call it reads as a standard conflict infobox passes the pre-filter, no conflict-like one does.
  it.each(CONFLICT_INFOBOXES.flatMap((t) => t.examples))('%s', (text) => {
    expect(hasConflictInfobox(text)).toBe(true);
  });

  it.each(CONFLICT_LIKE_INFOBOXES.flatMap((t) => t.examples))('rejects the conflict-like %s', (text) => {
    expect(hasConflictInfobox(text)).toBe(false);
  });

  it.each([
    ['{{Infobox settlement|name=X}}'],
    ['{{Infobox warship|name=X}}'],
    ['{{Infobox war faction|name=X}}'],
    ['{{Campaignbox Infobox battle}}'],
    ['Infobox military conflict without braces'],
    ['{{InFobox battle|x}}'],
  ])('rejects %s', (text) => {
    expect(hasConflictInfobox(text)).toBe(false);
  });

  it.each([
    ['hasConflictInfobox', hasConflictInfobox],
    ['hasConflictInfoboxEncoded', hasConflictInfoboxEncoded],
  ])('%s stays linear on long runs of braces and spaces (500,000 vs 2,000,000 of each)', (_, has) => {
    const m = measureGrowth((n) => `${'{{'.repeat(n)}${' '.repeat(n)}Infobox battle`, has, {
      small: 500_000,
      ladder: 4,
    });
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toBe(false);
  });
});

describe('hasConflictInfoboxEncoded (raw export text)', () => {
  // Its pattern is the ASCII one read on bytes, so every name must be ASCII.
  it('has only ASCII infobox names to look for', () => {
    expect(CONFLICT_INFOBOXES.filter((t) => /[^\x20-\x7e]/.test(t.name))).toEqual([]);
  });

  it.each([
    ['{{Infobox battle&lt;!-- c --&gt;|a=1}}', true],
    ['{{Infobox battle &lt;!-- c --&gt;}}', true],
    ['{{Infobox battle&amp;lt;!--|a=1}}', false],
    ['{{Infobox battle<!--|a=1}}', false],
  ])('%s', (raw, found) => {
    expect(hasConflictInfoboxEncoded(raw)).toBe(found);
  });
});

/** A page as the fast scanner hands it over: text as raw export bytes. */
function undecoded(raw: string, ns: number, redirect: string | null): ReadPage {
  return { title: 'T', ns, pageId: 1, revisionId: 2, redirect, text: '', encodedText: raw };
}

describe('classifyReadPage (on raw export text)', () => {
  it.each([
    ['{{Infobox battle&lt;!-- c --&gt;|a=1}}', 'conflict'],
    ['&#123;&#123;Infobox battle|a=1}}', 'conflict'],
    ['{{Infobox battle&#124;a=1}}', 'conflict'],
    ['&#35;REDIRECT [[Y]] {{Infobox battle}}', 'redirect'],
    ['{{Infobox battle&amp;lt;!--|a=1}}', 'no-infobox'],
    ['{{Infobox \xC5\x9Aattle}}', 'no-infobox'],
  ])('%s', (raw, verdict) => {
    expect(classifyReadPage(undecoded(raw, 0, null))).toBe(verdict);
    expect(classifyPage(decodedPage(undecoded(raw, 0, null)))).toBe(verdict);
  });

  it('decodes a text with a character reference once, in the page, and keeps it decoded', () => {
    const page = undecoded('&#123;&#123;Infobox battle|a=&lt;b&gt;}}', 0, null);
    expect(classifyReadPage(page)).toBe('conflict');
    expect(page).toMatchObject({ text: '{{Infobox battle|a=<b>}}', encodedText: null });
    expect(decodedPage(page).text).toBe('{{Infobox battle|a=<b>}}');
  });

  it('leaves a text with no character reference undecoded', () => {
    const page = undecoded('{{Infobox battle|a=&lt;b&gt;}}', 0, null);
    expect(classifyReadPage(page)).toBe('conflict');
    expect(page).toMatchObject({ text: '', encodedText: '{{Infobox battle|a=&lt;b&gt;}}' });
  });

  it('gives what classifyPage gives on the decoded page (property)', () => {
    // A call's parts, each written plainly, with entities, or broken; between junk that may hold them too. Raw text
    // holds no `<`: the export writes it `&lt;`.
    const part = (...options: string[]) => fc.constantFrom(...options);
    const junk = fc
      .array(part('x', ' ', '\n', '&amp;', '&quot;', '&lt;', '!--', '\xC5\x9A', '\xE2\x80\x93', '\xFF', '}}'), {
        maxLength: 4,
      })
      .map((p) => p.join(''));
    const text = fc
      .tuple(
        part('', '', '#REDIRECT [[Y]]', ' \n#redirect', '&#35;redirect', '&#x23;REDIRECT', '\xEF\xBB\xBF#REDIRECT'),
        junk,
        part('{{', '{{', '&#123;&#123;', '&#x7B;{', '{', '{{ \n'),
        part('', 'Template:', 'template :', 'Template&#58;', 'Talk:'),
        part(
          'Infobox battle',
          'infobox_military conflict',
          'Warbox',
          'Infobox &#98;attle',
          'Infobox \xC5\x9Aattle',
          'Infobox',
        ),
        part('', ' ', '_\n', '&#32;'),
        part('|', '}}', '&lt;!--', '&#124;', '&amp;lt;!--', '&#60;!--', 'x', '&lt;', ''),
        junk,
      )
      .map((p) => p.join(''));
    let conflicts = 0;
    fc.assert(
      fc.property(text, fc.constantFrom(0, 0, 1), fc.constantFrom(null, null, 'Y'), (raw, ns, redirect) => {
        const page = undecoded(raw, ns, redirect);
        const verdict = classifyPage(decodedPage(page));
        if (verdict === 'conflict') conflicts++;
        expect(classifyReadPage(page)).toBe(verdict);
      }),
      { numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 3000, seed: 16 },
    );
    // The property must see conflicts, not only pages skipped either way.
    expect(conflicts).toBeGreaterThan(100);
  });
});

describe('classifyPage', () => {
  it.each([
    ['Battle of Lostwithiel', 'conflict'],
    ['Battle of Aboukir Bay', 'redirect'],
    ['Talk:Battle of Świecino', 'other-namespace'],
    ['List of sieges', 'no-infobox'],
  ])('%s', async (title, verdict) => {
    for await (const page of readDumpPages(Readable.from([xml])))
      if (page.title === title) expect(classifyPage(page)).toBe(verdict);
  });

  it('takes #REDIRECT text for a redirect even without a <redirect> tag', () => {
    expect(
      classifyPage({
        title: 'X',
        ns: 0,
        pageId: 1,
        revisionId: 1,
        redirect: null,
        text: '#redirect [[Y]]\n{{Infobox battle}}',
      }),
    ).toBe('redirect');
  });
});

describe.each([0, 2])('parseDump with %i workers', (workers) => {
  it('parses only the conflict articles, in input order, with title and ids', async () => {
    const { results, stats } = await collect(chunked(xml, 4096), workers);
    expect(
      results.map((r) => [
        r.ok,
        r.page.title,
        r.ok && r.conflict.title,
        r.ok && r.conflict.pageId,
        r.ok && r.conflict.revisionId,
      ]),
    ).toEqual([
      [true, 'Battle of Lostwithiel', 'Battle of Lostwithiel', 4160, 804638880],
      [true, 'Battle of Świecino', 'Battle of Świecino', 4928, 749848327],
    ]);
    expect(stats).toEqual({ pages: 5, redirects: 1, otherNamespaces: 1, noInfobox: 1, conflicts: 2, failed: 0 });
  });

  it('gives each conflict as an object and as the JSON text of that object', async () => {
    const { results } = await collect(Readable.from([xml]), workers);
    const ok = results.filter((r): r is Extract<DumpResult, { ok: true }> => r.ok);
    expect(ok).toHaveLength(2);
    for (const r of ok) expect(JSON.parse(r.json)).toEqual(r.conflict);
    for (const r of ok) expect(r.json).toBe(JSON.stringify(r.conflict));
  });
});

describe('parseDump of the .bz2', () => {
  it('gives the same conflicts as the plain XML', async () => {
    const fromBz2 = await collect(createReadStream(DUMP_BZ2), 0);
    const fromXml = await collect(Readable.from([xml]), 0);
    expect(fromBz2.stats).toEqual(fromXml.stats);
    expect(fromBz2.results.map((r) => r.ok && r.conflict)).toEqual(fromXml.results.map((r) => r.ok && r.conflict));
  });
});
