// Tests for the punctuation template table: every name renders to its text, every name points at the one handler,
// and dash templates inside real values (dates, ranges) read as their dash.
import { describe, expect, it } from 'vitest';
import { PUNCTUATION_TEXT } from '../../src/clean/_data/templates/punctuation.js';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';
import { normalizeTemplateName } from '../../src/wikitext/template-name.js';
import { findTemplateRule } from '../../src/clean/lookup-template.js';
import { readDate } from '../../src/03-interpret/interpret-date.js';
import { createContext } from '../../src/_lib/context.js';

const entries = Object.entries(PUNCTUATION_TEXT);

/** "Aa{{name}}Zz" as the cleaner prints it: runs of spaces are one space, as in rendered HTML. */
function expected(rendered: string): string {
  return `Aa${rendered}Zz`.replace(/ +/g, ' ');
}

describe('punctuation table', () => {
  it('is the table of a single rule, and every name in it is normalised', () => {
    for (const [name] of entries) expect(normalizeTemplateName(name), name).toBe(name);
    expect(new Set(entries.map(([name]) => findTemplateRule(name)?.id))).toEqual(new Set(['punctuation']));
  });

  it.each(entries)('{{%s}} renders as its text', (name, rendered) => {
    const ctx = createContext();
    expect(cleanWikitext(`Aa{{${name}}}Zz`, ctx).text).toBe(expected(rendered));
    expect(ctx.warnings).toEqual([]);
  });

  it.each([
    ['{{Snd}}', ' – '],
    ['{{Spaced en dash}}', ' – '],
    ['{{spaced_ndash}}', ' – '],
    ['{{Template:Snds}}', ' – '],
    ['{{MDASH}}', '—'],
  ])('finds %s under any spelling', (call, rendered) => {
    expect(cleanWikitext(`Aa${call}Zz`).text).toBe(expected(rendered));
  });
});

describe('dash templates inside dates', () => {
  it.each([
    ['March 3, 1799{{snds}}April 18, 1801', '1799-03-03', '1801-04-18'],
    ['12 May 1640{{snd}}4 June 1641', '1640-05-12', '1641-06-04'],
    ['1756{{ndash}}1763', '1756', '1763'],
    ['October 1807{{spaced en dash}}August 1808', '1807-10', '1808-08'],
    ['5{{ndash}}7 January 1777', '1777-01-05', '1777-01-07'],
    ['1 April 1917{{spaced mdash}}11 November 1918', '1917-04-01', '1918-11-11'],
    ['September 1915{{mdash}}March 1916', '1915-09', '1916-03'],
    ['2 February{{nbsp}}1943', '1943-02-02', '1943-02-02'],
  ])('%s', (wikitext, start, end) => {
    expect(readDate(cleanWikitext(wikitext).text)).toEqual({ start, end, ongoing: false });
  });
});
