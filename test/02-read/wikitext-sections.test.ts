import { describe, expect, it } from 'vitest';
import { NON_PROSE_SECTIONS, PROSE_SECTION_EXAMPLES } from '../../src/02-read/_data/non-prose-sections.js';
import { EXTENSION_TAGS } from '../../src/wikitext/_data/extension-tags.js';
import {
  LANGUAGE_LINK_EXAMPLES,
  NON_PROSE_TEMPLATES,
  PROSE_BLOCK_TEMPLATES,
} from '../../src/02-read/_data/paragraph-blocks.js';
import { isLanguageLink } from '../../src/02-read/wikitext/read-sections.js';
import { isNonProseSection } from '../../src/02-read/wikitext/is-non-prose-section.js';
import type { Section } from '../../src/model/section.js';
import { read } from './wikitext-helpers.js';

/** [title, level, paragraph count] for every section, depth-first, children indented by their path. */
function outline(sections: readonly Section[], prefix = ''): string[] {
  return sections.flatMap((s) => [
    `${prefix}${s.title} (${s.level}) ×${s.paragraphs.length}`,
    ...outline(s.sections, `${prefix}  `),
  ]);
}

describe('sections: lead and heading tree', () => {
  it('puts paragraphs before the first heading in the lead and nests headings by level', () => {
    const raw = read(
      'First lead paragraph.\nStill the first.\n\nSecond lead paragraph.\n== Background ==\nB one.\n\nB two.\n=== Detail ===\nD one.\n==== Deeper ====\nDeep.\n== Battle ==\nFought.\n===== Skipped level =====\nNested.',
    );
    expect(raw.lead).toEqual(['First lead paragraph. Still the first.', 'Second lead paragraph.']);
    expect(outline(raw.sections)).toEqual([
      'Background (2) ×2',
      '  Detail (3) ×1',
      '    Deeper (4) ×1',
      'Battle (2) ×1',
      '  Skipped level (5) ×1',
    ]);
    expect(raw.sections[0]?.paragraphs).toEqual(['B one.', 'B two.']);
  });

  it('splits paragraphs on blank lines, even lines of spaces, but not on comment-only lines', () => {
    const raw = read('One.\n   \nTwo.\n<!-- note -->\nStill two.\n\n\n\nThree.');
    expect(raw.lead).toHaveLength(3);
    expect(raw.lead[0]).toBe('One.');
    expect(raw.lead[1]).toMatch(/^Two\.\s+Still two\.$/);
    expect(raw.lead[2]).toBe('Three.');
  });

  it('keeps a section with no paragraphs of its own when it has subsections', () => {
    const raw = read('== Battle ==\n=== Morning ===\nDawn.');
    expect(outline(raw.sections)).toEqual(['Battle (2) ×0', '  Morning (3) ×1']);
  });

  it('cleans heading titles', () => {
    const raw = read("== '''Aftermath''' <!-- c --> ==\nText.");
    expect(raw.sections[0]?.title).toBe('Aftermath');
  });

  it('reads a prose list as one paragraph of lines', () => {
    const raw = read('The armies were:\n* the French\n* the Prussians\n\nThen it rained.');
    expect(raw.lead).toHaveLength(2);
    expect(raw.lead[0]?.split('\n')).toEqual(['The armies were:', 'the French', 'the Prussians']);
  });

  it('sets title from the options and reads nothing when sections: false', () => {
    const raw = read('Lead.\n== A ==\nText.', { sections: false, title: 'Battle of X' });
    expect(raw.title).toBe('Battle of X');
    expect(raw.lead).toEqual([]);
    expect(raw.sections).toEqual([]);
  });
});

describe('sections: what is not prose', () => {
  it('drops the infobox, hatnotes, tables, files, categories, magic words and galleries', () => {
    const raw = read(
      [
        '{{Use dmy dates|date=May 2017}}',
        '{{Infobox military conflict|conflict=X}}',
        '{{Campaignbox Waterloo}}The battle was fought.',
        '__NOTOC__',
        '== Background ==',
        '{{Main|Battle of Ligny}}',
        '[[File:Map.png|thumb|A map of the field]]',
        'It rained.',
        '',
        '{| class="wikitable"',
        '| 1 || 2',
        '|}',
        '<gallery>',
        'A.jpg|A caption',
        '</gallery>',
        '{{DEFAULTSORT:X}}',
        '[[Category:Battles]]',
      ].join('\n'),
    );
    expect(raw.lead).toEqual(['The battle was fought.']);
    expect(raw.sections.map((s) => [s.title, s.paragraphs])).toEqual([['Background', ['It rained.']]]);
  });

  it('ends a paragraph at a table or a line of templates', () => {
    const raw = read('Before the table.\n{| class="wikitable"\n| 1\n|}\nAfter the table.\n{{clear}}\nAfter the box.');
    expect(raw.lead).toEqual(['Before the table.', 'After the table.', 'After the box.']);
  });

  it('keeps templates inside prose lines, and quotations that fill lines', () => {
    const raw = read('It was {{convert|15|km|mi}} away.\n\n{{quote|Up, Guards, and at them!}}');
    expect(raw.lead).toHaveLength(2);
    expect(raw.lead[0]).toMatch(/^It was 15 km/);
    expect(raw.lead[1]).toContain('Up, Guards, and at them!');
  });

  it('leaves out apparatus sections with their subsections, and their refs still count', () => {
    const raw = read(
      'Lead.<ref name="a"/>\n== Battle ==\nFought.\n== Notes ==\n{{notelist}}\n== References ==\n=== Citations ===\n{{reflist|refs=<ref name="a">Alpha.</ref>}}\n=== Sources ===\n* Barker.\n== Legacy ==\nRemembered.\n== External links ==\n* [http://example.org Site]',
    );
    expect(raw.sections.map((s) => s.title)).toEqual(['Battle', 'Legacy']);
    expect(raw.references.map((r) => [r.id, r.text])).toEqual([['ref-a', 'Alpha.']]);
  });

  it('keeps an apparatus-titled first section that opens the body (ancient "Sources"), drops the same title at the end', () => {
    const raw = read(
      'Lead.\n== Sources ==\nHerodotus is the main source.\n== Battle ==\nFought.\n== Sources ==\n* Barker.',
    );
    expect(outline(raw.sections)).toEqual(['Sources (2) ×1', 'Battle (2) ×1']);
  });

  it('drops apparatus-only headings of a stub', () => {
    const raw = read('Lead.\n== References ==\n* Barker.\n== External links ==\n* [http://example.org Site]');
    expect(raw.sections).toEqual([]);
  });

  it('skips a deeper apparatus section but keeps its prose siblings', () => {
    const raw = read(
      '== Battle ==\nFought.\n=== Sources of the conflict ===\nGreed.\n=== See also ===\n* [[Other]]\n=== Aftermath ===\nPeace.',
    );
    expect(outline(raw.sections)).toEqual(['Battle (2) ×1', '  Sources of the conflict (3) ×1', '  Aftermath (3) ×1']);
  });
});

describe('non-prose section titles', () => {
  it.each(NON_PROSE_SECTIONS.flatMap((e) => e.examples))('%s is apparatus', (title) => {
    expect(isNonProseSection(title)).toBe(true);
  });
  it.each([
    'Notes and references',
    'References and notes',
    'Sources & further reading',
    'Citations, sources',
    'Bibliography / Further reading',
    'External links.',
  ])('compound %s is apparatus', (title) => {
    expect(isNonProseSection(title)).toBe(true);
  });
  it.each(PROSE_SECTION_EXAMPLES)('%s is prose', (title) => {
    expect(isNonProseSection(title)).toBe(false);
  });
  it('table ids are unique and every entry has examples', () => {
    expect(new Set(NON_PROSE_SECTIONS.map((e) => e.id)).size).toBe(NON_PROSE_SECTIONS.length);
    for (const e of NON_PROSE_SECTIONS) expect(e.examples.length).toBeGreaterThan(0);
  });
});

describe('paragraph-level block tables', () => {
  it.each(NON_PROSE_TEMPLATES.flatMap((e) => e.examples))('%s → the box is dropped, the text kept', (source) => {
    expect(read(source).lead).toEqual(['Text.']);
  });
  it.each(PROSE_BLOCK_TEMPLATES.flatMap((e) => e.examples))('%s is kept as prose', (source) => {
    const raw = read(`Before.\n\n${source}\n\nAfter.`);
    expect(raw.lead).toHaveLength(3);
    expect(raw.lead[1]).toContain('Up, Guards, and at them!');
  });
  it.each(EXTENSION_TAGS.filter((t) => t.block).flatMap((t) => t.examples.map(([source]) => source)))(
    '%s is dropped',
    (source) => {
      expect(read(`Before.\n${source}\nAfter.`).lead).toEqual(['Before.', 'After.']);
    },
  );
  it('table ids are unique', () => {
    for (const table of [NON_PROSE_TEMPLATES, PROSE_BLOCK_TEMPLATES]) {
      expect(new Set(table.map((e) => e.id)).size).toBe(table.length);
    }
  });
});

describe('interlanguage links', () => {
  it.each(LANGUAGE_LINK_EXAMPLES)('$source', ({ source, language }) => {
    expect(isLanguageLink(source.slice(2, -2).split('|')[0]!)).toBe(language);
  });
  it('drops a line of language links from the text', () => {
    expect(read('Text.\n\n[[ja:エル]]\n[[de:X]]').lead).toEqual(['Text.']);
  });
});
