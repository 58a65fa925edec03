// Tests for stage 4 (figures) support: compiled vocabularies match longest first, whole words, and as the plain
// per-phrase alternation would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, globalWords, stickyWords } from '../../src/04-figures/_lib/compile-words.js';
import { KIND_WORDS } from '../../src/04-figures/_data/kinds.js';

/** The reference: every phrase with its own fences, longest first (what alternation shortens). */
function perPhrase(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  return unique
    .map((p) => {
      const body = p
        .split(/\s+/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ \\u00a0]+');
      return `${/^[\p{L}\d]/u.test(p) ? '(?<![\\p{L}\\d])' : ''}${body}${/[\p{L}\d]$/u.test(p) ? '(?![\\p{L}\\d])' : ''}`;
    })
    .join('|');
}

const allMatches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('alternation', () => {
  it.each([
    ['the longest phrase wins', ['killed', 'killed in action'], '3 killed in action', ['2:killed in action']],
    [
      'inner spaces match runs of spaces and no-break spaces',
      ['killed in action'],
      'killed  in\u00a0action',
      ['0:killed  in\u00a0action'],
    ],
    ['a letter phrase is not found inside a word', ['kill'], 'killed, kill', ['8:kill']],
    ['a symbol phrase is not fenced', ['~', 'c.'], 'c.50 ~30 abc.', ['0:c.', '5:~']],
    ['case is ignored', ['Wounded'], 'WOUNDED', ['0:WOUNDED']],
    ['digits fence like letters', ['k'], '3k k', ['3:k']],
  ])('%s', (_, phrases, text, expected) => {
    expect(allMatches(globalWords(phrases), text)).toEqual(expected);
  });

  it('tries a shorter phrase when a longer one fails its fence (inside one shared run)', () => {
    const re = stickyWords(['killed in', 'killed']);
    expect(re.exec('killed inside')?.[0]).toBe('killed');
  });

  it('keeps length order across runs of different fences', () => {
    // 'approx.' (fenced before only) is longer than 'about' (both fences): it must still be tried first.
    expect(alternation(['about', 'approx.', '~']).indexOf('approx')).toBeLessThan(
      alternation(['about', 'approx.', '~']).indexOf('about'),
    );
  });

  it('holds two letter classes for a vocabulary of letter words, not two per word', () => {
    const words = KIND_WORDS.flatMap((k) => k.words).filter((w) => /^[\p{L}].*[\p{L}]$/u.test(w));
    expect(words.length).toBeGreaterThan(20);
    expect(alternation(words).match(/\\p\{L\}/g)).toHaveLength(2);
    expect(perPhrase(words).match(/\\p\{L\}/g)!.length).toBe(2 * new Set(words.map((w) => w.toLowerCase())).size);
  });

  it('matches exactly what the per-phrase alternation matches (property)', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', 'ba', '1', '.', '~', ' ', '-', 'é', 'B');
    const phrase = fc
      .array(piece, { minLength: 1, maxLength: 4 })
      .map((p) => p.join('').trim())
      .filter((p) => p.length > 0);
    const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), text, (phrases, t) => {
        expect(allMatches(globalWords(phrases), t)).toEqual(
          allMatches(new RegExp(`(?:${perPhrase(phrases)})`, 'giu'), t),
        );
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
