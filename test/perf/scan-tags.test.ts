// Tag scan: splits text into runs, comments and tags exactly as wikiparser-node's first parse stage does.
import fc from 'fast-check';
import Parser from 'wikiparser-node';
import { describe, expect, it } from 'vitest';
import { canScanTags, scanTags } from '../../src/wikitext/fast/scan-tags.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

/** The kinds and source spans of a tags-only parse's top-level children. */
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

  // pieces of tags, openers without closers, closers without openers, comments and self-closing forms
  const PIECES = [
    '<ref>',
    '</ref>',
    '<ref name=x>',
    '<ref name="a/">',
    '<ref/>',
    '<ref name=a/>',
    '<references/>',
    '</references >',
    '<REF>',
    '</REF >',
    '<!--',
    '-->',
    '<!-->',
    '<nowiki>',
    '</nowiki>',
    '<math>',
    '</math>',
    '<includeonly>',
    '</includeonly>',
    '<noinclude>',
    '</noinclude>',
    '<onlyinclude x>',
    'a',
    ' ',
    '>',
    '/',
    '<',
    '\n',
    '<ref a/ b>',
    '<poem>',
    '</poem>',
  ];
  // The parser's first-stage pattern as one expression (quadratic on unclosed tags, hence split in scanTags): the oracle.
  // (stageOne itself cannot be: a ref holding `<!-->` prints longer than its source, so its spans drift.)
  function patternSpans(text: string): string[] {
    Parser.config = 'enwiki';
    const exts = Parser.getConfig()
      .ext.filter((e) => e !== 'translate' && e !== 'tvar')
      .join('|');
    const re = new RegExp(
      String.raw`<!--[\s\S]*?(?:-->|$)|<(?:no|only)include(?:\s[^>]*)?/?>|</(?:no|only)include\s*>|<(${exts})(\s[^>]*?)?(?:/>|>([\s\S]*?)</(\1\s*)>)|<(includeonly)(\s[^>]*?)?(?:/>|>([\s\S]*?)(?:</(includeonly\s*)>|$))`,
      'giu',
    );
    const out: string[] = [];
    let last = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m.index > last) out.push(`text:${text.slice(last, m.index)}`);
      const kind = m[1] !== undefined ? 'ext' : m[0].startsWith('<!--') ? 'comment' : 'other';
      out.push(`${kind}:${m[0]}`);
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(`text:${text.slice(last)}`);
    return out;
  }

  it("splits random mixes of tag pieces exactly as the parser's first-stage pattern does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(scanTags(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`)).toEqual(patternSpans(text));
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 1500),
        ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
      },
    );
  });

  it('is linear on unclosed tags: 4× the openers take about 4× the time, not 16×', () => {
    const unit = 'a<ref>b a<nowiki>b a<ref name=x b ';
    const m = measureGrowth(
      (n) => unit.repeat(n),
      (text) => scanTags(text),
      { small: 4000 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    // an opener never closed is text, as in the parser
    expect(m.output.map((t) => [t.kind, t.start, t.end])).toEqual([['text', 0, unit.length * 16_000]]);
  });

  it('gives the name, attributes, content and content offset of a tag, shifted by base', () => {
    const [, tag] = scanTags('ab<ref name="n">body</ref>', 100);
    expect(tag).toMatchObject({
      kind: 'ext',
      name: 'ref',
      attrs: ' name="n"',
      inner: 'body',
      start: 102,
      end: 126,
      innerStart: 116,
    });
  });

  it('marks an unclosed comment', () => {
    expect(scanTags('a<!-- open').at(-1)).toMatchObject({ kind: 'comment', closed: false });
  });

  it('refuses text the parser would change first (NUL, CR)', () => {
    expect(canScanTags('a\r\nb')).toBe(false);
    expect(canScanTags('a\nb')).toBe(true);
  });
});
