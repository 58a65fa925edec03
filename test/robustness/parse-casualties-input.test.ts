// Tests that parseCasualties reads its input as parseConflict reads a page: normalised first (BOM, line ends,
// control characters, lone surrogates), so a value gives the same figures alone as in its article's infobox.
import { describe, expect, it } from 'vitest';
import { parseCasualties } from '../../src/parse-casualties.js';
import { parseConflict } from '../../src/parse-conflict.js';

/** The value as casualties1 of an article, its figures as parseConflict gives them. */
function inArticle(value: string): unknown {
  const page = `{{Infobox military conflict\n|conflict=X\n|combatant1=A\n|combatant2=B\n|casualties1=${value}\n}}`;
  return parseConflict(page).sides[0]?.casualties?.figures;
}

describe('parseCasualties input normalisation', () => {
  it.each([
    ['3 killed\r\n4 wounded'],
    ['\uFEFF3 killed'],
    ['3 killed\u0000 4 wounded'],
    ['3 kil\u0007led'],
    ['5\ud800 killed'],
  ])('%j splits as in an article', (value) => {
    expect(parseCasualties(value)).toEqual(inArticle(value));
  });

  it('replaces a control character or a lone surrogate with U+FFFD, as for a page (it was kept)', () => {
    expect(parseCasualties('3 kil\u0007led')[0]?.text).toBe('3 kil\uFFFDled');
    expect(parseCasualties('5\ud800 killed')[0]?.text).toBe('5\uFFFD killed');
  });
});
