// Tests for stage 2 (plain): title, heading and field lines are matched in linear time (regexes here backtracked cubically).
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/02-read/plain/read-plain.js';
import { createContext } from '../../src/_lib/context.js';

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

  it.each([
    ['- Date: 1916', 'date', '1916'],
    ['-Casualties1:3 killed', 'casualties1', '3 killed'],
    ['- Place: Verdun: France', 'place', 'Verdun: France'],
  ])('field %j → %s = %j', (line, name, raw) => {
    expect(readPlain(`= X =\n\nInfobox\n${line}\n\nLead.`, createContext()).infobox?.fields[0]).toMatchObject({ name, raw });
  });

  it('lines of 50,000 tabs are read in well under a second', () => {
    const tabs = '\t'.repeat(50_000);
    const t0 = performance.now();
    const raw = readPlain(`=${tabs}x${tabs}=\n\nInfobox\n-${tabs}x\n\n==${tabs}x\n\nLead.`, createContext());
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(raw.title).toBe("x");
    expect(raw.infobox?.fields[0]?.raw).toBe(`-${tabs}x`);
  });
});
