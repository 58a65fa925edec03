// Tests for stage 2 (plain): title, heading and field lines are matched in linear time (regexes here backtracked cubically).
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/02-read/plain/read-plain.js';
import { createContext } from '../../src/_lib/context.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

describe('plain line matching', () => {
  it.each([
    ['= Battle of X =', 'Battle of X'],
    ['=\tBattle =', 'Battle'],
    ['= a=', 'a'],
  ])('title line %j → %j', (line, title) => {
    expect(readPlain(`${line}\n\nLead.`, createContext()).title).toBe(title);
  });

  it.each([
    ['== Background ==', 'Background', 2],
    ['=== a ===', 'a', 3],
    ['=== a ==', '= a', 2],
    ['======= deep =======', '= deep =', 6],
  ])('heading %j → %j at level %i', (line, title, level) => {
    expect(readPlain(`= X =\n\nLead.\n\n${line}\nText.`, createContext()).sections[0]).toMatchObject({ title, level });
  });

  it('reads a line of "=" alone by the wikitext rule: "====" is no section (was an empty one), "=====" one titled "="', () => {
    expect(readPlain('= X =\n\nLead.\n\n====\nText.', createContext())).toMatchObject({
      lead: ['Lead.', '====\nText.'],
      sections: [],
    });
    expect(readPlain('= X =\n\nLead.\n\n=====\nText.', createContext()).sections[0]).toMatchObject({
      title: '=',
      level: 2,
    });
  });

  it.each([
    ['- Date: 1916', 'date', '1916'],
    ['-Casualties1:3 killed', 'casualties1', '3 killed'],
    ['- Place: Verdun: France', 'place', 'Verdun: France'],
  ])('field %j → %s = %j', (line, name, raw) => {
    expect(readPlain(`= X =\n\nInfobox\n${line}\n\nLead.`, createContext()).infobox?.fields[0]).toMatchObject({
      name,
      raw,
    });
  });

  it('lines of 400,000 vs 1,600,000 tabs are read in linear time', () => {
    const tabs = (n: number) => '\t'.repeat(n);
    const m = measureGrowth(
      (n) => `=${tabs(n)}x${tabs(n)}=\n\nInfobox\n-${tabs(n)}x\n\n==${tabs(n)}x\n\nLead.`,
      (text) => readPlain(text, createContext()),
      { small: 400_000, ladder: 6 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output.title).toBe('x');
    expect(m.output.infobox?.fields[0]?.raw).toBe(`-${tabs(1_600_000)}x`);
  });
});
