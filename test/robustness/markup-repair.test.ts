// Tests for the stage-1 wikitext repairs: markup limits (nesting, parameters) and closing unclosed tables.
import { describe, expect, it } from 'vitest';
import { closeTables } from '../../src/01-prepare/close-tables.js';
import { limitMarkup, MAX_MARKUP_DEPTH, MAX_PARAMETERS } from '../../src/wikitext/limit-markup.js';
import { createContext } from '../../src/_lib/context.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

const limit = (text: string) => {
  const ctx = createContext();
  return { text: limitMarkup(text, ctx), warnings: ctx.warnings.map((w) => w.message) };
};

describe('limitMarkup', () => {
  it.each(['{{a|b}}', '[[a|b]]', '{{a|[[b|{{c}}]]}}', '{{{1|x}}}', 'plain text', '{{'.repeat(50), ']]'.repeat(50)])(
    '%s is unchanged',
    (text) => {
      expect(limit(text)).toEqual({ text, warnings: [] });
    },
  );

  it(`defuses pairs beyond depth ${MAX_MARKUP_DEPTH}, counting {{ and [[ together`, () => {
    const text = `${'{{a|[['.repeat(11)}x${']]}}'.repeat(11)}`;
    const out = limit(text);
    expect(out.text).toBe(`${'{{a|[['.repeat(10)}&#123;&#123;a|&#91;&#91;x&#93;&#93;&#125;&#125;${']]}}'.repeat(10)}`);
    expect(out.warnings).toEqual([
      `2 template or link pairs are nested deeper than ${MAX_MARKUP_DEPTH}; they were read as text.`,
    ]);
  });

  it('ignores openers that never close, so stray "{{" do not push later templates over the limit', () => {
    const text = `${'{{ '.repeat(40)}{{Infobox military conflict|a=1}}`;
    expect(limit(text)).toEqual({ text, warnings: [] });
  });

  it(`keeps ${MAX_PARAMETERS} parameters and turns the pipes after them into &#124;`, () => {
    const text = `{{a${'|b'.repeat(MAX_PARAMETERS + 2)}}}`;
    const out = limit(text);
    expect(out.text).toBe(`{{a${'|b'.repeat(MAX_PARAMETERS)}&#124;b&#124;b}}`);
    expect(out.warnings).toEqual([
      `A template or link has more than ${MAX_PARAMETERS} parameters; the 2 beyond that were read as text of the last one.`,
    ]);
  });

  it('counts pipes per template, not per page', () => {
    const text = `{{a${'|b'.repeat(400)}}}{{c${'|d'.repeat(400)}}}`;
    expect(limit(text).warnings).toEqual([]);
  });
});

describe('closeTables', () => {
  const close = (text: string) => {
    const ctx = createContext();
    return { text: closeTables(text, ctx), warnings: ctx.warnings.map((w) => w.message) };
  };

  it.each(['{|\n| a\n|}\n== B ==', ':{|\n| a\n|}', 'no table', '{{a|{|}}'])('%j is unchanged', (text) => {
    expect(close(text)).toEqual({ text, warnings: [] });
  });

  it('closes an unclosed table before the next heading', () => {
    expect(close('Lead.\n{|\n| a\n== B ==\nText.')).toEqual({
      text: 'Lead.\n{|\n| a\n|}\n== B ==\nText.',
      warnings: ['A table "{|" (first on line 2) never closed; each was closed before the next heading.'],
    });
  });

  // The reader's heading rule: these lines were not headings here, so the table swallowed the sections after them.
  it.each(['== B == <!-- c -->', '= =', '==='])(
    'closes an unclosed table before %j, a heading to the reader',
    (heading) => {
      expect(close(`{|\n| a\n${heading}\nText.`).text).toBe(`{|\n| a\n|}\n${heading}\nText.`);
    },
  );

  it('says how much text a table that runs to the end holds', () => {
    expect(close('== A ==\n{|\n| 1916').warnings).toEqual([
      'A table "{|" on line 2 is never closed: it runs to the end of the page, so its 9 characters are read as a table, not as prose.',
    ]);
  });

  it('handles 5,000 vs 20,000 unclosed tables in linear time', () => {
    const m = measureGrowth((n) => `${'{|\n'.repeat(n)}== B ==\nText.`, close, { small: 5_000 });
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output.warnings).toEqual([
      '20000 tables "{|" (first on line 1) never closed; each was closed before the next heading.',
    ]);
  });

  it('closes 200,000 unclosed tables without overflowing the call stack', () => {
    const out = close(`${'{|\n'.repeat(200_000)}== B ==\nText.`);
    expect(out.warnings).toEqual([
      '200000 tables "{|" (first on line 1) never closed; each was closed before the next heading.',
    ]);
    expect(out.text.endsWith(`${'|}\n'.repeat(3)}== B ==\nText.`)).toBe(true);
  });

  it('parses an article of 200,000 unclosed tables into a Conflict with the warning', async () => {
    const { parseConflict } = await import('../../src/index.js');
    const conflict = parseConflict(`{{Infobox military conflict\n| conflict = X\n}}\nLead.\n${'{|\n'.repeat(200_000)}`);
    expect(conflict.name).toBe('X');
    expect(conflict.warnings.map((w) => w.code)).toContain('unclosed-markup');
  });
});
