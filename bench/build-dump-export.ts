// Benchmark support: a generated MediaWiki export from the fixture articles (about 1 conflict page per 50 others), as
// .xml, single-stream .xml.bz2, and multistream .xml.bz2 with its index, as Wikimedia publishes them. Written to
// bench/tmp/ (gitignored); `npx tsx bench/build-dump-export.ts [MB]` builds it alone.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import { loadArticles } from './bench-articles.js';

export interface DumpExport {
  xml: string;
  singleStream: string;
  multistream: string;
  index: string;
  pages: number;
  conflicts: number;
}

const escapeXml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const INFOBOX = /\{\{\s*Infobox[ _](military[ _]conflict|battle|war|conflict)|\{\{\s*warbox/gi;
const hasInfobox = (text: string): boolean => new RegExp(INFOBOX.source, 'i').test(text);

function pageXml(title: string, id: number, text: string, redirect?: string): string {
  return [
    '  <page>',
    `    <title>${escapeXml(title)}</title>`,
    '    <ns>0</ns>',
    `    <id>${id}</id>`,
    ...(redirect ? [`    <redirect title="${escapeXml(redirect)}" />`] : []),
    '    <revision>',
    `      <id>${id + 500_000_000}</id>`,
    '      <timestamp>2024-01-01T00:00:00Z</timestamp>',
    '      <model>wikitext</model>',
    '      <format>text/x-wiki</format>',
    `      <text bytes="${Buffer.byteLength(text)}" xml:space="preserve">${escapeXml(text)}</text>`,
    '    </revision>',
    '  </page>\n',
  ].join('\n');
}

const HEAD = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
  </siteinfo>
`;
const FOOT = '</mediawiki>\n';

/** bzip2 -9 of each part in its own process, two at a time: the compressed streams, in order. */
async function compressParts(parts: readonly string[]): Promise<Buffer[]> {
  const out: Buffer[] = new Array(parts.length);
  let next = 0;
  const run = async (): Promise<void> => {
    for (let i = next++; i < parts.length; i = next++) {
      const child = spawn('bzip2', ['-9c'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise((resolve) => child.on('close', resolve));
      child.stdin.end(parts[i]);
      await done;
      out[i] = Buffer.concat(chunks);
    }
  };
  await Promise.all([run(), run()]);
  return out;
}

/**
 * Builds (or reuses) an export of at least `megabytes` MB of XML: pages of 100 per multistream stream, every 51st a
 * conflict article, the others the same articles with the infobox renamed (or a redirect, one in five).
 */
export async function buildDumpExport(megabytes = 200, dir = new URL('tmp/', import.meta.url)): Promise<DumpExport> {
  mkdirSync(dir, { recursive: true });
  const name = `export-${megabytes}mb`;
  const path = (suffix: string): string => new URL(`${name}${suffix}`, dir).pathname;
  const result: DumpExport = {
    xml: path('.xml'),
    singleStream: path('.xml.bz2'),
    multistream: path('-multistream.xml.bz2'),
    index: path('-multistream-index.txt.bz2'),
    pages: 0,
    conflicts: 0,
  };
  const meta = path('.json');
  if ([result.xml, result.singleStream, result.multistream, result.index, meta].every(existsSync)) {
    return {
      ...result,
      ...(JSON.parse(execFileSync('cat', [meta], { encoding: 'utf8' })) as { pages: number; conflicts: number }),
    };
  }
  const articles = loadArticles().filter((a) => a.file.endsWith('.wiki') && hasInfobox(a.text));
  const groups: string[] = [];
  const groupIds: { id: number; title: string }[][] = [];
  let bytes = Buffer.byteLength(HEAD) + Buffer.byteLength(FOOT);
  let id = 0;
  while (bytes < megabytes * 1e6) {
    let group = '';
    const ids: { id: number; title: string }[] = [];
    for (let i = 0; i < 100; i++, id++) {
      const article = articles[id % articles.length]!;
      const title = `${article.file.replace(/\.wiki$/, '')} ${id}`;
      let page: string;
      if (id % 51 === 0) {
        page = pageXml(title, id + 1, article.text);
        result.conflicts++;
      } else if (id % 5 === 0) page = pageXml(title, id + 1, '#REDIRECT [[Elsewhere]]', 'Elsewhere');
      else page = pageXml(title, id + 1, article.text.replace(INFOBOX, '{{Infobox settlement'));
      group += page;
      ids.push({ id: id + 1, title });
    }
    groups.push(group);
    groupIds.push(ids);
    bytes += Buffer.byteLength(group);
  }
  result.pages = id;
  // Written a group at a time: past ~500 MB the whole export is longer than a string can be.
  writeFileSync(result.xml, HEAD);
  for (const group of groups) appendFileSync(result.xml, group);
  appendFileSync(result.xml, FOOT);
  const single = openSync(result.singleStream, 'w');
  spawnSync('bzip2', ['-9c', result.xml], { stdio: ['ignore', single, 'inherit'] });
  closeSync(single);
  // Wikimedia's layout: a stream for the header, one per 100 pages, one for the footer; the index names each page's stream.
  const streams = await compressParts([HEAD, ...groups, FOOT]);
  writeFileSync(result.multistream, '');
  for (const stream of streams) appendFileSync(result.multistream, stream);
  let offset = streams[0]!.length;
  const lines: string[] = [];
  groupIds.forEach((ids, g) => {
    for (const p of ids) lines.push(`${offset}:${p.id}:${p.title}`);
    offset += streams[g + 1]!.length;
  });
  writeFileSync(result.index, execFileSync('bzip2', ['-9c'], { input: `${lines.join('\n')}\n` }));
  writeFileSync(meta, JSON.stringify({ pages: result.pages, conflicts: result.conflicts }));
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const built = await buildDumpExport(Number(process.argv[2] ?? 200));
  for (const file of [built.xml, built.singleStream, built.multistream, built.index])
    console.log(`${(statSync(file).size / 1e6).toFixed(1)} MB  ${file}`);
  console.log(`${built.pages} pages, ${built.conflicts} conflicts`);
}
