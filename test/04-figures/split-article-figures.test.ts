// Tests for stage 4 (figures) as a pipeline stage: every figure slot of an interpreted article is split, with all
// the article's parties known; when the splitter fails, the texts stay and the stage is named in the warning.
import { describe, expect, it, vi } from 'vitest';
import { readPlain } from '../../src/02-read/plain/read-plain.js';
import { interpretArticle } from '../../src/03-interpret/interpret-article.js';
import { splitArticleFigures, withoutFigures } from '../../src/04-figures/split-article-figures.js';
import { createContext } from '../../src/_lib/context.js';
import { parseConflict } from '../../src/parse-conflict.js';

// A bug injected into the splitter: a value holding "BOOM" throws, as a broken rule would.
vi.mock('../../src/04-figures/split-figures.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/04-figures/split-figures.js')>();
  return {
    ...actual,
    splitFigures: (...args: Parameters<typeof actual.splitFigures>) => {
      if (args[0].text.includes('BOOM')) throw new TypeError('broken rule');
      return actual.splitFigures(...args);
    },
  };
});

const article = [
  '= Battle of X =',
  '',
  'Infobox',
  '- Combatant1: Alpha',
  '- Combatant2: insurgents',
  '- Strength1: 500',
  '- Casualties1: 3 killed (insurgents)',
  '- Casualties3: 2 civilians killed',
  '',
].join('\n');

describe('splitArticleFigures', () => {
  const ctx = createContext();
  const interpreted = interpretArticle(readPlain(article, ctx), ctx);

  it('interpret hands the values on unsplit, with the parties of every side', () => {
    expect(interpreted.parties).toEqual(['Alpha', 'insurgents']);
    expect(interpreted.sides[0]?.casualties).toMatchObject({
      text: '3 killed (insurgents)',
      mode: 'casualties',
      field: 'casualties1',
    });
    expect(interpreted.sides[0]?.strength).toMatchObject({ text: '500', mode: 'strength', field: 'strength1' });
  });

  it('splits each slot; a lower-case (x) naming a party of any side is read as the source', () => {
    const fields = splitArticleFigures(interpreted, ctx);
    expect(fields.sides[0]?.casualties?.figures.map((f) => [f.kind, f.min, f.source])).toEqual([
      ['killed', 3, 'insurgents'],
    ]);
    const unknown = splitArticleFigures({ ...interpreted, parties: [] }, ctx);
    expect(unknown.sides[0]?.casualties?.figures.map((f) => [f.kind, f.min, f.source])).toEqual([['killed', 3, null]]);
    expect(fields.sides[0]?.strength?.figures.map((f) => [f.kind, f.min])).toEqual([['strength', 500]]);
    expect(fields.otherCasualties?.figures.map((f) => [f.kind, f.min, f.subject])).toEqual([
      ['killed', 2, 'civilians'],
    ]);
    expect(fields.sides[1]?.casualties).toBeNull();
    expect('parties' in fields).toBe(false);
  });

  it('withoutFigures keeps each text with no figures', () => {
    const fields = withoutFigures(interpreted);
    expect(fields.sides[0]?.casualties).toEqual({ text: '3 killed (insurgents)', figures: [] });
    expect(fields.otherCasualties).toEqual({ text: '2 civilians killed', figures: [] });
  });
});

describe('a bug in the splitter, inside parseConflict', () => {
  it('keeps sides and texts, drops only the figures, and names stage "figures"', () => {
    const conflict = parseConflict(article.replace('3 killed (insurgents)', '3 killed BOOM'));
    expect(conflict.sides.map((s) => s.combatants[0]?.name)).toEqual(['Alpha', 'insurgents']);
    expect(conflict.sides[0]?.casualties).toEqual({ text: '3 killed BOOM', figures: [] });
    expect(conflict.sides[0]?.strength).toEqual({ text: '500', figures: [] });
    expect(conflict.warnings.map((w) => w.message)).toContain(
      'Internal error in stage "figures" (TypeError: broken rule); strength and casualties texts were kept without figures. Please report this input.',
    );
  });
});
