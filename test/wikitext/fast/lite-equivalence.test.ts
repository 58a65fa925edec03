// The fast reader against wikiparser-node: on every corpus article and wikitext fixture, and on generated wikitext,
// parseLite either declines (LiteUnsupported) or builds the tree wikiparser-node builds, node for node.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../../src/01-prepare/normalize-input.js';
import { prepareWikitext } from '../../../src/01-prepare/prepare-wikitext.js';
import { createContext } from '../../../src/_lib/context.js';
import { parsePage } from '../../../src/wikitext/parse-page.js';
import { LiteUnsupported } from '../../../src/wikitext/fast/lite-unsupported.js';
import { parseLite } from '../../../src/wikitext/fast/parse-lite.js';
import { wikitextPages } from '../../../scripts/_lib/corpus.js';
import { treeShape } from '../../helpers/tree-shape.js';

const pages = wikitextPages();

/** The prepared text both readers are given. */
function stageOne(raw: string): string {
  const ctx = createContext();
  return prepareWikitext(normalizeInput(raw, ctx), ctx);
}

/** null when the fast reader declines; else whether its tree matches (the first differing lines when not). */
function compare(text: string): { same: boolean; at: string } | null {
  let lite: ReturnType<typeof parseLite>;
  try {
    lite = parseLite(text);
  } catch (e) {
    if (e instanceof LiteUnsupported) return null;
    throw e;
  }
  const a = treeShape(parsePage(text) as never);
  const b = treeShape(lite as never);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const same = i === a.length && i === b.length;
  return {
    same,
    at: same ? '' : `wikiparser-node:\n${a.slice(i, i + 3).join('\n')}\nfast reader:\n${b.slice(i, i + 3).join('\n')}`,
  };
}

describe('fast reader = wikiparser-node on real pages', () => {
  const results = new Map<string, ReturnType<typeof compare>>();
  const result = (path: string) => {
    if (!results.has(path)) results.set(path, compare(stageOne(readFileSync(path, 'utf8'))));
    return results.get(path)!;
  };

  it.each(pages.map((p) => [p.slice(p.lastIndexOf('/') + 1), p]))('%s', (_name, path) => {
    const r = result(path);
    if (r !== null) expect(r.at).toBe('');
  });

  it('declines no real page for a magic link or a redirect (npm run count:declines counts every reason)', () => {
    const reasons = pages.map((p) => {
      try {
        parseLite(stageOne(readFileSync(p, 'utf8')));
        return null;
      } catch (e) {
        return e instanceof LiteUnsupported ? e.reason : String(e);
      }
    });
    expect(reasons.filter((r) => r !== null && /magic link|redirect/.test(r))).toEqual([]);
  });

  it('reads most of the corpus itself (declines at most 1 page in 5)', () => {
    const read = pages.filter((p) => result(p) !== null).length;
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(read).toBeGreaterThanOrEqual(Math.ceil((pages.length * 4) / 5));
  });
});

// Generated wikitext: well-formed pieces of every construct the fast reader reads, and the odd ones it must decline.
const PIECES = [
  'a',
  'b c',
  ' ',
  '\n',
  '\n\n',
  'x=y',
  '=',
  '|',
  ':',
  ';',
  '*',
  '#',
  "''",
  "'''",
  "'''''",
  "l'",
  ' (',
  ')',
  '.',
  ',',
  '{{a}}',
  '{{a|b}}',
  '{{a|b=c}}',
  '{{ a b | c = d | e }}',
  '{{sfn|X|2000|p=3}}',
  '{{!}}',
  '{{PAGENAME}}',
  '{{#if:a|b|c}}',
  '{{#tag:ref|x|name=n}}',
  '{{lc:A}}',
  '{{DEFAULTSORT:X}}',
  '{{a|[[b|c]]}}',
  '{{a|{{b|c=d}}}}',
  '{{Template:X_y}}',
  '{{:Main}}',
  '[[a]]',
  '[[a|b]]',
  '[[a b#c d|e]]',
  '[[a|]]',
  '[[Category:X]]',
  '[[:Category:X]]',
  '[[File:X.jpg|thumb|cap [[y]] z]]',
  '[[File:X.jpg|thumb]]',
  '[[Wikipedia:X]]',
  '[[#frag]]',
  '[[a&amp;b]]',
  '[[a%20b]]',
  '[[http://x.org]]',
  '[[a|b]]c',
  '<ref>r</ref>',
  '<ref name=n/>',
  '<ref name="m">{{cite web|url=http://a.org|title=T}}</ref>',
  '<ref group=g>x</ref>',
  '<!-- c -->',
  '<nowiki>[[x]]</nowiki>',
  '<br>',
  '<br />',
  '</br>',
  '<small>',
  '</small>',
  '<span style="a">',
  '</span>',
  '<poem>a\nb</poem>',
  '<references/>',
  '<gallery>\nFile:A.jpg|a [[b]]{{c}}<ref>d</ref>\nFile:B.png\n</gallery>',
  '{{plural:2|a|b}}',
  '<sup>1</sup>',
  '<div>',
  '</div>',
  '[http://a.org]',
  '[http://a.org b c]',
  '[//a.org x]',
  'http://a.org/b',
  'http://a.org/b).',
  'http://a.org/(b)',
  'mailto:x@y.z',
  '\n* ',
  '\n** ',
  '\n# ',
  '\n: ',
  '\n; ',
  '\n----',
  '\n== H ==\n',
  '\n=== H ===\n',
  '\n== H ==\n\n',
  '\n= =\n',
  '\n{|\n| a\n|}\n',
  '{{a|\n{|\n|b\n|}\n}}',
  '<span class="x" title=\'y\'>',
  "<ref name=n>a [[b]] ''c''</ref>",
  '<references>\n<ref name=n>x</ref>\n</references>',
  '[[Category:X|sort]]',
  '[[Image:Y.png|20px]]',
  "[[a|''b'']]",
  "''[[a]]''",
  '{{a|b}}}}',
  '{{a\n|b=c\n|d=e\n}}',
  '== A {{b}} ==',
  '\n== A<!-- c --> ==\n',
  '<!--\n-->',
  '\n<!-- c -->\n',
  '{{a|* b\n* c}}',
  '{{a|b=\n* c\n* d}}',
  '\n:: x',
  '\n*# y',
  '&ndash;',
  '[[a_b  c]]',
  '[[ a ]]',
  '__NOTOC__',
  '&nbsp;',
  '&amp;',
  '~~~~',
  'ISBN 978-0-00-000000-0',
  '{{{a}}}',
  '-{a}-',
  '{{',
  '}}',
  '[[',
  ']]',
  // Magic links: capitals only, a letter or digit before or after, entity spaces, inside an address, in a value.
  'RFC 2616',
  'PMID 12345',
  'ISBN 0-00-000000-X',
  'ISBN 9780000000000',
  'isbn 1234567890',
  'Rfc 1',
  'ISBN&nbsp;1234567890',
  'RFC&#160;1',
  'PMID\t7',
  'RFC',
  'ISBN',
  ' 1',
  '0',
  'x',
  '{{cite|id=PMID 1}}',
  'http://a.org/RFC',
  '_',
  'é',
  '----',
];
const wikitext = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join(''));
/** Page openings: redirects the fast reader reads, and ones that are not redirects or that it must decline. */
const REDIRECTS = [
  '#REDIRECT [[A]]',
  '#redirect [[battle_of X#Aftermath]]\n',
  '  #Redirect: [[:Category:X|y]]  \n\n',
  '#REDIRECT[[A|b|c]]',
  '#REDIRECT [[#x]]',
  '#REDIRECT [[::A]]',
  '#REDIRECT [[A{{b}}]]',
  '#REDIRECT [[A<!--c-->]]',
  '#REDIRECT [[a&amp;b]]',
  '#REDIRECT [[A\n]]',
  '#REDIRECT [[http://a.org]]',
  '#REDIRECT\n[[A]]',
  '#REDIRECTION [[A]]',
  '#REDIRECT [[A|<!-- x]]',
];
const page = fc.tuple(fc.constantFrom(...REDIRECTS), wikitext).map(([r, w]) => r + w);

/** The property: declined (false) or the same tree (true); a different tree fails with both outlines. */
function readsSame(text: string): boolean {
  const r = compare(text);
  if (r === null) return false;
  if (!r.same) throw new Error(`${JSON.stringify(text)}\n${r.at}`);
  return true;
}

describe('fast reader = wikiparser-node on generated wikitext', () => {
  it('declines or builds the same tree', () => {
    let read = 0;
    fc.assert(
      fc.property(wikitext, (text) => {
        if (readsSame(text)) read++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000), seed: Number(process.env.FUZZ_SEED ?? 20_261_126) },
    );
    // The property means little if the fast reader declined nearly everything.
    expect(read).toBeGreaterThan(300);
  }, 120_000);

  it('declines or builds the same tree on pages that open with a redirect', () => {
    let read = 0;
    fc.assert(
      fc.property(page, (text) => {
        if (readsSame(text)) read++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000), seed: Number(process.env.FUZZ_SEED ?? 20_261_126) },
    );
    expect(read).toBeGreaterThan(100);
  }, 120_000);

  it('declines or builds the same tree on random slices of real articles', () => {
    const texts = pages.map((p) => stageOne(readFileSync(p, 'utf8'))).filter((t) => t.length > 2000);
    let read = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3000 }), (pick, at, length) => {
        const text = texts[pick % texts.length]!;
        const start = at % text.length;
        if (readsSame(text.slice(start, start + length))) read++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400), seed: Number(process.env.FUZZ_SEED ?? 20_261_126) },
    );
    expect(read).toBeGreaterThan(40);
  }, 120_000);
});
