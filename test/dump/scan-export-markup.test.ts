// Tests for the dump's fast markup scanner: what it reads, what it declines (for saxes to read), and that it stays linear.
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  decodeExportText,
  decodeUtf8,
  isPlainMarkup,
  scanMarkup,
  type MarkupVisitor,
} from '../../src/dump/scan-export-markup.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

/** Every event as a string, or 'declined'. */
function events(text: string): string[] | 'declined' {
  const out: string[] = [];
  const visitor: MarkupVisitor = {
    open: (name, attributes) => out.push(`<${name}${[...attributes].map(([k, v]) => ` ${k}=${v}`).join('')}>`) > 0,
    close: (name) => out.push(`</${name}>`) > 0,
    text: (raw) => out.push(raw) > 0,
  };
  return scanMarkup(text, 0, text.length, visitor) ? out : 'declined';
}

/** A text's UTF-8 bytes as a byte string, as the scanner reads an export. */
const bytesOf = (text: string): string => Buffer.from(text).toString('latin1');

describe('isPlainMarkup (on bytes)', () => {
  it.each([
    ['plain text', 'Battle of Jutland', true],
    ['the five named entities', '&lt;ref&gt; &amp; &quot;x&quot; &apos;', true],
    ['decimal and hex references', '&#65; &#x15A; &#x1F600;', true],
    ['tabs, newlines, astral characters', 'a\tb\nc 😀', true],
    ['a lone ampersand', 'AT&T', false],
    ['an entity a DTD would define', '&nbsp;', false],
    ['an unterminated entity', '&lt', false],
    ['a reference to a character XML forbids', '&#1;', false],
    ['a reference beyond Unicode', '&#x110000;', false],
    ['a control character', 'a\u0001b', false],
    ['a carriage return (saxes rewrites line ends)', 'a\r\nb', false],
    ['U+FFFF', 'a\uffffb', false],
    ['U+FFFE', 'a\ufffeb', false],
    ['characters next to those two (U+FFFD, U+FFEF)', 'a\ufffd\uffefb', true],
    ['the CDATA end in text', 'a ]]> b', false],
  ])('%s', (_, text, plain) => {
    expect(isPlainMarkup(bytesOf(text))).toBe(plain);
  });

  it('lets malformed UTF-8 through: the decoder reads U+FFFD for it, as it did before saxes', () => {
    expect(isPlainMarkup('a\xFF\xC3 \xED\xA0\x80b')).toBe(true);
    expect(decodeUtf8('a\xFF\xC3 b')).toBe(new TextDecoder().decode(Buffer.from('a\xFF\xC3 b', 'latin1')));
  });
});

describe('decodeUtf8 and decodeExportText', () => {
  it.each([
    ['ASCII', 'Battle'],
    ['two-, three- and four-byte characters', 'Świecino – 😀'],
    ['a U+FEFF at the start, kept as a character', '\ufeffx'],
  ])('%s', (_, text) => {
    expect(decodeUtf8(bytesOf(text))).toBe(text);
  });

  it('decodes UTF-8 first, then entities', () => {
    expect(decodeExportText(bytesOf('&lt;ref&gt;Ś&amp;amp;&#x15A;'))).toBe('<ref>Ś&amp;Ś');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['no entity', 'plain', 'plain'],
    ['named', '&lt;ref name=&quot;a&quot;&gt;', '<ref name="a">'],
    ['an escaped entity stays one', '&amp;lt; &amp;amp;', '&lt; &amp;'],
    ['numeric', '&#65;&#x15A;&#x1F600;', 'AŚ😀'],
    ['at both ends', '&amp;x&amp;', '&x&'],
  ])('%s', (_, text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('scanMarkup', () => {
  it('reports tags, decoded attributes and raw text in order; a self-closing tag opens and closes', () => {
    expect(events('<page a="1" b=\'x &amp; y\'>t &lt;<redirect title="B" /></page>')).toEqual([
      '<page a=1 b=x & y>',
      't &lt;',
      '<redirect title=B>',
      '</redirect>',
      '</page>',
    ]);
  });

  it.each([
    ['a comment', '<a><!-- c --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['a doctype', '<!DOCTYPE a><a/>'],
    ['a `<` that starts no tag', '<a>1 < 2</a>'],
    ['an unquoted attribute', '<a b=1></a>'],
    ['a repeated attribute', '<a b="1" b="2"></a>'],
    ['a closing tag with attributes', '<a></a b="1">'],
    ['a self-closing closing tag', '<a></a/>'],
    ['an attribute value with a tab or newline (XML rewrites it)', '<a b="x\ty"></a>'],
    ['a non-ASCII element name', '<ä></ä>'],
    ['a no-break space inside a tag', '<a\u00a0b="1"></a>'],
  ])('declines %s', (_, text) => {
    expect(events(text)).toBe('declined');
  });

  it('declines when the visitor does', () => {
    expect(scanMarkup('<a></b>', 0, 7, { open: () => true, close: (name) => name === 'a' })).toBe(false);
  });

  it('reads only between from and to, and declines a tag cut by `to`', () => {
    const text = 'xx<a>t</a>yy';
    const seen: string[] = [];
    expect(
      scanMarkup(text, 2, 10, {
        open: (n) => seen.push(n) > 0,
        close: () => true,
        text: (t) => seen.push(t) > 0,
      }),
    ).toBe(true);
    expect(seen).toEqual(['a', 't']);
    expect(scanMarkup(text, 2, 8, { open: () => true, close: () => true })).toBe(false);
  });

  it('stays linear on runs of `&`, `&amp;` and `<` (1 vs 4 MB each)', () => {
    const m = measureGrowth(
      (n) => ({ ampersands: '&'.repeat(n), entities: '&amp;'.repeat(n / 4), openers: `<a>${'<'.repeat(n)}` }),
      (t) => [isPlainMarkup(t.ampersands), isPlainMarkup(t.entities), events(t.openers)],
      { small: 1 << 20, ladder: 4 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output).toEqual([false, true, 'declined']);
  });
});
