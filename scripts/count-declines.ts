// Measures the fast reader's declines (each one a wikiparser-node parse, 10–70× slower) per decline reason: over
// every corpus page and wikitext fixture, on the whole page as stage 1 hands it over and on every text parseConflict
// gives parseWikitext (the page with its apparatus cut, infobox slices, casualty values …); and over the 2,403 real
// casualty and strength values of fixtures/casualties/infobox-values.jsonl, as parseCasualties reads them.
// Run: npm run count:declines
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { normalizeInput } from '../src/01-prepare/normalize-input.js';
import { prepareWikitext } from '../src/01-prepare/prepare-wikitext.js';
import { createContext } from '../src/_lib/context.js';
import { LiteUnsupported } from '../src/wikitext/fast/lite-unsupported.js';
import { parseLite } from '../src/wikitext/fast/parse-lite.js';
import { declineListener } from '../src/wikitext/parse-wikitext.js';
import { cleanWikitext } from '../src/clean/clean-wikitext.js';
import { parseConflict } from '../src/index.js';
import { fixturePath, wikitextPages } from './_lib/corpus.js';

/** The reason the fast reader gives for a whole stage-1 page, or null when it reads it. */
function declineOf(raw: string): string | null {
  const ctx = createContext();
  try {
    parseLite(prepareWikitext(normalizeInput(raw, ctx), ctx));
    return null;
  } catch (e) {
    if (e instanceof LiteUnsupported) return e.reason;
    return `failure: ${String(e)}`;
  }
}

/** Adds one to `key`'s count, keeping the pages it was met on. */
function tally(counts: Map<string, { n: number; pages: Set<string> }>, key: string, page: string): void {
  const c = counts.get(key) ?? { n: 0, pages: new Set<string>() };
  c.n++;
  c.pages.add(page);
  counts.set(key, c);
}

const pages = wikitextPages();
const whole = new Map<string, { n: number; pages: Set<string> }>();
const calls = new Map<string, { n: number; pages: Set<string> }>();
let declinedPages = 0;
let pagesWithDeclinedCalls = 0;
for (const path of pages) {
  const page = basename(path);
  const raw = readFileSync(path, 'utf8');
  const reason = declineOf(raw);
  if (reason !== null) {
    declinedPages++;
    tally(whole, reason, page);
  }
  let declinedHere = false;
  declineListener.onDecline = (r) => {
    declinedHere = true;
    tally(calls, r, page);
  };
  try {
    parseConflict(raw);
  } finally {
    declineListener.onDecline = null;
  }
  if (declinedHere) pagesWithDeclinedCalls++;
}

const table = (counts: Map<string, { n: number; pages: Set<string> }>, unit: string): string[] =>
  [...counts]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .map(
      ([reason, c]) =>
        `  ${String(c.n).padStart(4)} ${unit}  ${reason}  (${[...c.pages].slice(0, 3).join(', ')}${c.pages.size > 3 ? ', …' : ''})`,
    );

console.log(`${pages.length} pages (fixtures/corpus and fixtures/*.wiki)`);
console.log(
  `\nWhole page (stage-1 text): ${declinedPages} declined, ${pages.length - declinedPages} read by the fast reader`,
);
console.log(table(whole, 'pages').join('\n') || '  none');
const n = [...calls.values()].reduce((sum, c) => sum + c.n, 0);
console.log(
  `\nInside parseConflict (every parseWikitext call): ${n} declined calls on ${pagesWithDeclinedCalls} pages`,
);
console.log(table(calls, 'calls').join('\n') || '  none');

const values = readFileSync(fixturePath('casualties', 'infobox-values.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const valueDeclines = new Map<string, { n: number; pages: Set<string> }>();
for (const line of values) {
  const { title, field, text } = JSON.parse(line) as { title: string; field: string; text: string };
  declineListener.onDecline = (r) => tally(valueDeclines, r, `${title}: ${field}`);
  try {
    cleanWikitext(text);
  } finally {
    declineListener.onDecline = null;
  }
}
const declinedValues = [...valueDeclines.values()].reduce((sum, c) => sum + c.n, 0);
console.log(
  `\nReal infobox values (${values.length}, fixtures/casualties/infobox-values.jsonl): ${declinedValues} declined`,
);
console.log(table(valueDeclines, 'values').join('\n') || '  none');
