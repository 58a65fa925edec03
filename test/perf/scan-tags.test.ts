// Tag scan: splits text into runs, comments and tags exactly as wikiparser-node's stage 1 does.
import Parser from 'wikiparser-node';
import { describe, expect, it } from 'vitest';
import { canScanTags, plainAttributes, scanTags } from '../../src/02-read/wikitext/scan-tags.js';

/** The kinds and source spans of a stage-1 parse's top-level children. */
function stageOne(text: string): string[] {
  Parser.config = 'enwiki';
  let offset = 0;
  return Parser.parse(text, false, 1).childNodes.map((c) => {
    const length = String(c).length;
    const kind = c.type === 'text' ? 'text' : c.type === 'comment' ? 'comment' : c.type === 'ext' ? 'ext' : 'other';
    const span = `${kind}:${text.slice(offset, offset + length)}`;
    offset += length;
    return span;
  });
}

describe('scanTags', () => {
  it.each([
    'a<ref name="x">b {{sfn|A|1990}}</ref> c',
    'a<ref name=x/>b<REF>c</REF>',
    'x<!-- note --> y <!-- never closed',
    '<references>\n<ref name=a>A</ref>\n</references>',
    '<ref>unclosed ref and <nowiki>{{x}}</nowiki>',
    '<noinclude>n</noinclude><includeonly>i</includeonly>after',
    '<gallery>\nFile:A.jpg|cap<ref>r</ref>\n</gallery>',
    '<references/><ref >spaced</ref >',
    '<!-->odd<!---->',
  ])('%s', (text) => {
    expect(scanTags(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`)).toEqual(stageOne(text));
  });

  it('gives the name, attributes, content and content offset of a tag, shifted by base', () => {
    const [, tag] = scanTags('ab<ref name="n">body</ref>', 100);
    expect(tag).toMatchObject({ kind: 'ext', name: 'ref', attrs: ' name="n"', inner: 'body', start: 102, end: 126, innerStart: 116 });
  });

  it('marks an unclosed comment', () => {
    expect(scanTags('a<!-- open').at(-1)).toMatchObject({ kind: 'comment', closed: false });
  });

  it('refuses text the parser would change first (NUL, CR)', () => {
    expect(canScanTags('a\r\nb')).toBe(false);
    expect(canScanTags('a\nb')).toBe(true);
  });
});

describe('plainAttributes', () => {
  it.each([
    [' name="a b"', { name: 'a b' }],
    [" name='x' group=note", { name: 'x', group: 'note' }],
    [' name = y ', { name: 'y' }],
    ['', {}],
  ])('%s', (attrs, expected) => {
    expect(Object.fromEntries(plainAttributes(attrs) ?? [])).toEqual(expected);
  });

  it.each([' name="a&amp;b"', ' NAME=x', ' name=x name=y', ' name="{{x}}"', ' name="open', ' name="a"group="b"', ' name'])('%s is left to the parser', (attrs) => {
    expect(plainAttributes(attrs)).toBeNull();
  });
});
