import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/01-prepare/detect-format.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each([
    ['= Battle of X =\n\nInfobox\n- Date: 1916\n', 'plain'],
    ['Infobox\n- Conflict: X\n- Date: 1916\n\nText.', 'plain'],
    ['\uFEFF= Battle of X =\n\nSome text.', 'plain'],
    ["{{Infobox military conflict\n| conflict = X\n}}\n'''X''' was a battle.", 'wikitext'],
    ['== History ==\nThe [[Battle]] of X.', 'wikitext'],
    ['= Heading =\n{{Infobox war|conflict=X}} [[Link]]', 'wikitext'],
    ['Just one line of text.', 'wikitext'],
    ['', 'wikitext'],
  ] as const)('%j → %s', (text, expected) => {
    expect(detectFormat(text)).toBe(expected);
  });

  it('detects the seed as plain', () => {
    expect(detectFormat(seed)).toBe('plain');
  });
});
