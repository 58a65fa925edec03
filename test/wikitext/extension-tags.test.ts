// Tests for the extension tag table: its shape, what the cleaner prints for each example, and that each column
// (literal, fast reader, cleaner) does what it says; the `block` column's examples run in wikitext-sections.test.ts.
import { describe, expect, it } from 'vitest';
import { EXTENSION_TAGS } from '../../src/wikitext/_data/extension-tags.js';
import { collectTokens } from '../../src/02-read/wikitext/collect-tokens.js';
import { parseLite } from '../../src/wikitext/fast/parse-lite.js';
import { parseWikitext } from '../../src/wikitext/parse-wikitext.js';
import { isTag } from '../../src/wikitext/wiki-node.js';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';

const names = (test: (t: (typeof EXTENSION_TAGS)[number]) => boolean): string[] =>
  EXTENSION_TAGS.filter(test).map((t) => t.name);

describe('extension tag table', () => {
  it('has unique lower-case names, each with examples that use the tag', () => {
    expect(new Set(EXTENSION_TAGS.map((t) => t.name)).size).toBe(EXTENSION_TAGS.length);
    for (const t of EXTENSION_TAGS) {
      expect(t.name).toMatch(/^[a-z]+$/);
      expect(t.examples.length, t.name).toBeGreaterThan(0);
      for (const [wikitext] of t.examples) expect(wikitext, t.name).toContain(`<${t.name}`);
    }
  });

  it.each(EXTENSION_TAGS.flatMap((t) => t.examples))('the cleaner prints %j as %j', (wikitext, cleaned) => {
    expect(cleanWikitext(wikitext).text).toBe(cleaned);
  });

  it.each(names((t) => t.literal === true))('<%s>: nothing inside is collected', (name) => {
    const tokens = collectTokens(parseWikitext(`a<${name}>{{x}}<ref>y</ref></${name}>b`), () => false);
    expect(tokens.templates).toEqual([]);
    expect(tokens.footnotes).toEqual([]);
  });

  it.each(names((t) => t.fastReader === 'walk'))('<%s>: the fast reader reads the templates inside', (name) => {
    const ext = parseLite(`a<${name}>{{x}}</${name}>b`).querySelectorAll('ext').filter(isTag)[0];
    expect(ext?.lastChild?.querySelectorAll('template').length).toBe(1);
  });

  it.each(names((t) => t.fastReader === 'text'))('<%s>: the fast reader keeps plain content as text', (name) => {
    const ext = parseLite(`a<${name}>plain</${name}>b`).querySelectorAll('ext').filter(isTag)[0];
    expect(ext?.lastChild?.text()).toBe('plain');
  });
});
