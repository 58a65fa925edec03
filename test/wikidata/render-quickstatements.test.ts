// QuickStatements v1: one tab-separated line per statement, values in the syntax QuickStatements reads.
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  placeholder,
  renderQuickStatements,
  renderStatementLine,
} from '../../src/wikidata/render-quickstatements.js';
import { toWikidata } from '../../src/wikidata/to-wikidata.js';
import type { SnakValue } from '../../src/wikidata/wikidata-statement.js';
import { conflict, figure, party, side } from './build-conflict.js';

describe('formatValue', () => {
  it.each<[string, SnakValue, string]>([
    ['an item', { type: 'item', id: 'Q912', label: 'Mali' }, 'Q912'],
    ['an item without id', { type: 'item', id: null, label: 'MNLA' }, 'UNRESOLVED[MNLA]'],
    ['a count', { type: 'quantity', amount: '+3', lowerBound: null, upperBound: null }, '3'],
    ['a range', { type: 'quantity', amount: '+1250', lowerBound: '+1000', upperBound: '+1500' }, '1250~250'],
    ['a range of 1–2', { type: 'quantity', amount: '+1.5', lowerBound: '+1', upperBound: '+2' }, '1.5~0.5'],
    [
      'a day',
      { type: 'time', time: '+2013-11-08T00:00:00Z', precision: 11, calendar: 'gregorian' },
      '+2013-11-08T00:00:00Z/11',
    ],
    [
      'a Julian year BC',
      { type: 'time', time: '-0490-00-00T00:00:00Z', precision: 9, calendar: 'julian' },
      '-0490-00-00T00:00:00Z/9/J',
    ],
    ['a URL with | and a space', { type: 'url', value: 'https://x.org/a|b c' }, '"https://x.org/a%7Cb%20c"'],
    [
      'a title with a tab, a line break and |',
      { type: 'monolingualtext', text: 'Mali:\tclashes\n| report', language: 'en' },
      'en:"Mali: clashes / report"',
    ],
  ])('%s', (_name, value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});

describe('placeholder', () => {
  it.each([
    ['Mali', 'UNRESOLVED[Mali]'],
    ['Kingdom [of] X', 'UNRESOLVED[Kingdom (of) X]'],
    ['a\tb|c', 'UNRESOLVED[a b c]'],
  ])('%j → %s', (label, text) => {
    expect(placeholder(label)).toBe(text);
  });

  // QuickStatements v1 takes an item as Q + digits (or LAST); anything else in the first column is refused.
  it('can never be read as an item id', () => {
    expect(placeholder('Q42')).not.toMatch(/^(Q\d+|LAST)$/i);
  });
});

describe('renderQuickStatements', () => {
  const c = conflict({
    sides: [
      side(
        1,
        [party('Mali')],
        [figure({ kind: 'killed', min: 2, source: 'MNLA' }), figure({ kind: 'captured', min: 6 })],
      ),
    ],
    revisionId: 5,
  });

  it('writes item, property, value, qualifiers, then the reference as S columns, one line per statement', () => {
    const result = toWikidata(c, { items: { 'Battle of Test': 'Q100', Mali: 'Q912' } });
    expect(renderQuickStatements(result)).toBe(
      `${[
        'Q100',
        'P1120',
        '2',
        'P710',
        'Q912',
        'P3680',
        'UNRESOLVED[MNLA]',
        'P580',
        '+2013-11-08T00:00:00Z/11',
        'P582',
        '+2013-11-08T00:00:00Z/11',
        'S143',
        'Q328',
        'S4656',
        '"https://en.wikipedia.org/w/index.php?title=Battle_of_Test&oldid=5"',
      ].join('\t')}\n`,
    );
  });

  it('marks the subject when the conflict has no item, and writes nothing for no statement', () => {
    const result = toWikidata(c);
    expect(renderStatementLine(result.statements[0]!, result.item).split('\t')[0]).toBe('UNRESOLVED[Battle of Test]');
    expect(renderQuickStatements(toWikidata(conflict()))).toBe('');
  });
});
