// Test helper: a small MediaWiki XML export built from fixtures — two conflict articles, a redirect, a talk page, a page without infobox.
import { readFileSync } from 'node:fs';

const fixture = (file: string) => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Page {
  title: string;
  ns: number;
  id: number;
  revid: number;
  text: string;
  redirect?: string;
}

/** The pages in file order; the ids of real pages are those of fixtures/README.md. */
export const DUMP_PAGES: Page[] = [
  { title: 'Battle of Lostwithiel', ns: 0, id: 4160, revid: 804638880, text: fixture('battle-of-lostwithiel.wiki') },
  {
    title: 'Battle of Aboukir Bay',
    ns: 0,
    id: 4605,
    revid: 529156097,
    text: fixture('battle-of-aboukir-bay.wiki'),
    redirect: 'Battle of the Nile',
  },
  {
    title: 'Talk:Battle of Świecino',
    ns: 1,
    id: 4929,
    revid: 746694349,
    text: 'Quoting the box: {{Infobox military conflict|conflict=Battle of Świecino}}',
  },
  {
    title: 'List of sieges',
    ns: 0,
    id: 90001,
    revid: 90002,
    text: "'''Sieges''' by year. {{Infobox settlement|name=Not a battle}}",
  },
  { title: 'Battle of Świecino', ns: 0, id: 4928, revid: 749848327, text: fixture('battle-of-swiecino.wiki') },
];

function pageXml(p: Page): string {
  return [
    '  <page>',
    `    <title>${escapeXml(p.title)}</title>`,
    `    <ns>${p.ns}</ns>`,
    `    <id>${p.id}</id>`,
    ...(p.redirect ? [`    <redirect title="${escapeXml(p.redirect)}" />`] : []),
    '    <revision>',
    `      <id>${p.revid}</id>`,
    `      <parentid>${p.revid - 1}</parentid>`,
    '      <timestamp>2017-10-20T12:00:00Z</timestamp>',
    '      <contributor>',
    '        <username>Example</username>',
    '        <id>77</id>',
    '      </contributor>',
    '      <model>wikitext</model>',
    '      <format>text/x-wiki</format>',
    `      <text bytes="${Buffer.byteLength(p.text)}" xml:space="preserve">${escapeXml(p.text)}</text>`,
    '      <sha1>0000000000000000000000000000000</sha1>',
    '    </revision>',
    '  </page>',
  ].join('\n');
}

/**
 * The export as `Special:Export` writes it. Regenerate the committed bzip2 copy (two concatenated streams, as in a
 * multistream dump) with `npx tsx test/dump/build-dump.ts` after changing this file.
 */
export function buildDumpXml(): string {
  const head = [
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">',
    '  <siteinfo>',
    '    <sitename>Wikipedia</sitename>',
    '    <dbname>enwiki</dbname>',
    '    <namespaces>',
    '      <namespace key="0" case="first-letter" />',
    '      <namespace key="1" case="first-letter">Talk</namespace>',
    '    </namespaces>',
    '  </siteinfo>',
  ];
  return `${[...head, ...DUMP_PAGES.map(pageXml), '</mediawiki>'].join('\n')}\n`;
}

export const DUMP_BZ2 = new URL('../../fixtures/sample-pages-articles.xml.bz2', import.meta.url);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const { execFileSync } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const xml = buildDumpXml();
  const cut = xml.indexOf('  <page>', xml.length / 2);
  const parts = [xml.slice(0, cut), xml.slice(cut)].map((part) => execFileSync('bzip2', ['-9c'], { input: part }));
  writeFileSync(DUMP_BZ2, Buffer.concat(parts));
  console.log(`wrote ${DUMP_BZ2.pathname}`);
}
