// Tests for plainAttributes, the one reader of tag attributes (the page outline's tag scan and the fast reader): the
// attributes it reads are the ones wikiparser-node's getAttr gives, and what it refuses is left to the parser.
import { describe, expect, it } from 'vitest';
import { parseLite } from '../../../src/wikitext/fast/parse-lite.js';
import { LiteUnsupported } from '../../../src/wikitext/fast/lite-unsupported.js';
import { plainAttributes } from '../../../src/wikitext/fast/scan-tags.js';
import { isTag, type WikiElement } from '../../../src/wikitext/wiki-node.js';
import { parsePage } from '../../../src/wikitext/parse-page.js';

/** The <ref> that wikiparser-node reads from the attribute text. */
function parsedRef(attrs: string) {
  const page: WikiElement = parsePage(`<ref${attrs}>x</ref>`);
  return page.querySelectorAll('ext').filter(isTag)[0];
}

describe('plainAttributes', () => {
  it.each([
    [' name="a b"', { name: 'a b' }],
    [" name='x' group=note", { name: 'x', group: 'note' }],
    [' name = y ', { name: 'y' }],
    [' name="a b" group=n', { name: 'a b', group: 'n' }],
    [" NAME='x'", { name: 'x' }],
    [' name=Bergstrom2007(b)', { name: 'Bergstrom2007(b)' }],
    [' name = "J&R"', { name: 'J&R' }],
    [' name="a&amp;b"', { name: 'a&amp;b' }],
    ['', {}],
  ])('%s', (attrs, expected) => {
    expect(Object.fromEntries(plainAttributes(attrs) ?? [])).toEqual(expected);
    const ref = parsedRef(attrs);
    for (const [key, value] of Object.entries(expected)) expect(ref?.getAttr(key), key).toBe(value);
  });

  it.each([' name', ' name=x name=y', ' name="{{x}}"', ' name="open', ' name="a"group="b"', ' name="a"b'])(
    '%s is left to the parser',
    (attrs) => {
      expect(plainAttributes(attrs)).toBeNull();
      expect(() => parseLite(`<ref${attrs}>x</ref>`)).toThrow(LiteUnsupported);
    },
  );
});
