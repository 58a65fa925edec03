// Tests for MediaWiki's heading-line rule: each case as wikiparser-node reads the line in a page.
import { describe, expect, it } from 'vitest';
import { readHeadingLine } from '../../src/_lib/read-heading-line.js';
import { parsePage } from '../../src/wikitext/parse-page.js';
import { isHeading, type WikiElement } from '../../src/wikitext/wiki-node.js';

/** The line's heading as wikiparser-node reads it on a page, or null. */
function parsed(line: string): { level: number; title: string } | null {
  const page: WikiElement = parsePage(`a\n${line}\nb`);
  const heading = page.childNodes.find(isHeading);
  return heading === undefined ? null : { level: heading.level, title: String(heading.firstChild) };
}

describe('readHeadingLine', () => {
  it.each([
    ['== Background ==', { level: 2, title: ' Background ' }],
    ['=a=', { level: 1, title: 'a' }],
    ['=== a ==', { level: 2, title: '= a ' }],
    ['== a ===', { level: 2, title: ' a =' }],
    ['======= deep =======', { level: 6, title: '= deep =' }],
    ['=a=b=', { level: 1, title: 'a=b' }],
    ['= =', { level: 1, title: ' ' }],
    ['===', { level: 1, title: '=' }],
    ['====', { level: 1, title: '==' }],
    ['=====', { level: 2, title: '=' }],
    ['==', null],
    ['=', null],
    ['== a', null],
    ['a ==', null],
  ])('%j', (line, expected) => {
    expect(readHeadingLine(line)).toEqual(expected);
    expect(parsed(line)).toEqual(expected);
  });
});
