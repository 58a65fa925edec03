// Tests for stage 5 (validate): a Conflict that fits its schema passes as it is; one that does not is a bug,
// reported as an internal-error warning, and the read article is returned uninterpreted instead.
import { describe, expect, it } from 'vitest';
import { readPlain } from '../../src/02-read/plain/read-plain.js';
import { interpretArticle } from '../../src/03-interpret/interpret-article.js';
import { splitArticleFigures } from '../../src/04-figures/split-article-figures.js';
import { uninterpreted } from '../../src/05-validate/uninterpreted.js';
import { validateConflict } from '../../src/05-validate/validate-conflict.js';
import { createContext, type ParseOptions } from '../../src/_lib/context.js';

const article = [
  '= Battle of X =',
  '',
  'Infobox',
  '- Date: 1 May 1900',
  '- Combatant1: Alpha',
  '- Combatant2: Beta',
  '- Casualties1: 3 killed',
  '',
  'Lead text.',
  '',
].join('\n');

function stages(options: ParseOptions = {}) {
  const ctx = createContext(options);
  const raw = readPlain(article, ctx);
  return { ctx, raw, fields: splitArticleFigures(interpretArticle(raw, ctx), ctx) };
}

describe('validateConflict', () => {
  it('passes a Conflict that fits, with the collected warnings', () => {
    const { ctx, raw, fields } = stages();
    ctx.warn('unparsed-date', 'a warning from an earlier stage', 'date');
    const conflict = validateConflict(fields, raw, ctx);
    expect(conflict.date?.start).toBe('1900-05-01');
    expect(conflict.sides[0]?.casualties?.figures[0]?.min).toBe(3);
    expect(conflict.warnings.map((w) => w.code)).toEqual(['unparsed-date']);
  });

  it('reports a field that breaks the schema and falls back to the read article', () => {
    const { ctx, raw, fields } = stages();
    const conflict = validateConflict(
      { ...fields, date: { text: 'x', start: 'not a date', end: null, ongoing: false } },
      raw,
      ctx,
    );
    expect(conflict.warnings).toHaveLength(1);
    expect(conflict.warnings[0]).toMatchObject({ code: 'internal-error' });
    expect(conflict.warnings[0]?.message).toMatch(
      /^Internal error in stage "validate" \(the result does not fit the schema at date\.start: /,
    );
    expect(conflict.date).toBeNull();
    expect(conflict.sides).toEqual([]);
    expect(conflict.lead).toEqual(['Lead text.']);
    expect(conflict.infobox?.fields.map((f) => f.name)).toEqual(['date', 'combatant1', 'combatant2', 'casualties1']);
  });
});

describe('ids', () => {
  it('come from the options, absent when not given, and stay when the result falls back', () => {
    const given = stages({ pageId: 7, revisionId: 8, itemId: null });
    expect(validateConflict(given.fields, given.raw, given.ctx)).toMatchObject({
      pageId: 7,
      revisionId: 8,
      itemId: null,
    });
    const broken = { ...given.fields, date: { text: 'x', start: 'no', end: null, ongoing: false } };
    expect(validateConflict(broken, given.raw, given.ctx)).toMatchObject({
      pageId: 7,
      revisionId: 8,
      itemId: null,
      date: null,
    });
    const none = stages();
    const conflict = validateConflict(none.fields, none.raw, none.ctx);
    expect(['pageId' in conflict, 'revisionId' in conflict, 'itemId' in conflict]).toEqual([false, false, false]);
  });
});

describe('uninterpreted', () => {
  it('keeps the infobox as written, lead, sections and references; interprets nothing', () => {
    const { ctx, raw } = stages();
    const fields = uninterpreted(raw, ctx);
    expect(fields.title).toBe('Battle of X');
    expect(fields.infobox?.fields[0]).toEqual({ name: 'date', value: '1 May 1900', raw: '1 May 1900' });
    expect([fields.date, fields.name, fields.result, fields.otherCasualties]).toEqual([null, null, null, null]);
    expect(fields.lead).toEqual(raw.lead);
  });
});
