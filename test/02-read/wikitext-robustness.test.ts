import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH } from '../../src/wikitext/limit-markup.js';
import { codes, read } from './wikitext-helpers.js';

const box = '{{Infobox military conflict\n| conflict = X\n| date = 1916\n}}';

describe('robustness', () => {
  it('reads CRLF line ends and a BOM like LF', () => {
    const raw = read(
      `\uFEFF${box}\r\nLead one.\r\n\r\nLead two.\r\n== A ==\r\nText.`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'),
    );
    expect(raw.infobox?.fields.map((f) => [f.name, f.raw])).toEqual([
      ['conflict', 'X'],
      ['date', '1916'],
    ]);
    expect(raw.lead).toEqual(['Lead one.', 'Lead two.']);
    expect(raw.sections[0]?.title).toBe('A');
  });

  it('replaces NUL and DEL bytes with U+FFFD, with one warning, and keeps the text around them', () => {
    const raw = read(`${box}\nLe\u0000ad\u007f text.`);
    expect(raw.lead).toEqual(['Le\uFFFDad\uFFFD text.']);
    expect(codes(raw.warnings)).toEqual(['control-characters']);
  });

  it('warns about unbalanced braces and reads the rest', () => {
    const raw = read(`${box}\nText {{convert|3|km and more.\n\n== A ==\nFine.`);
    expect(raw.infobox?.fields).toHaveLength(2);
    expect(codes(raw.warnings)).toEqual(['unclosed-markup']);
    expect(raw.sections[0]?.paragraphs).toEqual(['Fine.']);
  });

  it('survives stray closing braces', () => {
    const raw = read(`${box}}}\nText.}}\n\n}}}}`);
    expect(raw.infobox?.fields).toHaveLength(2);
    expect(raw.lead[0]).toContain('Text.');
  });

  it('warns about an unclosed <ref>', () => {
    const raw = read(`${box}\nText.<ref>Smith 2001.\n\n== A ==\nFine.`);
    expect(codes(raw.warnings)).toEqual(['unclosed-markup']);
    expect(raw.sections[0]?.paragraphs).toEqual(['Fine.']);
  });

  it('warns about an unclosed comment, which hides the rest as in MediaWiki', () => {
    const raw = read(`${box}\nText.<!-- unfinished\n\n== A ==\nHidden.`);
    expect(raw.warnings.map((w) => w.code)).toEqual(['unclosed-markup']);
    expect(raw.warnings[0]?.message).toMatch(/never closed/);
    expect(raw.lead).toEqual(['Text.']);
    expect(raw.sections).toEqual([]);
  });

  it(`defuses templates nested deeper than ${MAX_MARKUP_DEPTH}, with a warning`, () => {
    const deep = `${'{{a|'.repeat(5000)}core${'}}'.repeat(5000)}`;
    const raw = read(`${box}\n${deep}\n\nAfter.`);
    expect(raw.infobox?.fields).toHaveLength(2);
    expect(codes(raw.warnings)).toContain('markup-limit');
    expect(raw.lead[raw.lead.length - 1]).toBe('After.');
  });

  it('survives deep lists, links and tables', () => {
    expect(() => read(`${'*'.repeat(5000)} x\n${'[['.repeat(3000)}\n${'{|\n'.repeat(500)}`)).not.toThrow();
  });

  it.each(['', '   \n\n', '\uFEFF'])('an empty page %j yields an empty article with warnings', (text) => {
    const raw = read(text);
    expect(raw.infobox).toBeNull();
    expect(raw.lead).toEqual([]);
    expect(codes(raw.warnings)).toEqual(['empty-input', 'no-infobox']);
  });

  it('reads an infobox holding an unclosed ref', () => {
    const raw = read('{{Infobox military conflict\n| conflict = X<ref>unclosed\n| result = Victory\n}}');
    expect(raw.infobox?.fields.map((f) => f.name)).toEqual(['conflict', 'result']);
    expect(codes(raw.warnings)).toEqual(['unclosed-markup']);
  });

  it('names the infobox when broken markup leaves it unclosed', () => {
    const raw = read(
      '{{Infobox military conflict\n| conflict = X\n| result = [[Victory\n| casualties1 = 3 {{efn|\n}}\n}}',
    );
    expect(raw.infobox).toBeNull();
    expect(raw.warnings.find((w) => w.message.startsWith('{{Infobox military conflict}} is never closed'))?.code).toBe(
      'unclosed-markup',
    );
  });
});
