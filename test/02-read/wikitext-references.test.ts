import { describe, expect, it } from 'vitest';
import {
  CITATION_TEMPLATES,
  NOTE_FOOTNOTE_TEMPLATES,
  SHORT_FOOTNOTE_TEMPLATES,
} from '../../src/02-read/_data/footnote-templates.js';
import { formatShortFootnote } from '../../src/02-read/wikitext/format-short-footnote.js';
import { isCitationTemplateName } from '../../src/02-read/wikitext/read-citation.js';
import { read } from './wikitext-helpers.js';

const refs = (text: string) => read(text).references;

describe('references: ids and resolution', () => {
  it('gives named refs "ref-" + a slug of the name, unnamed refs "ref-N" by first appearance', () => {
    expect(
      refs('A.<ref>First.</ref> B.<ref name="Smith 2001, p. 3">Second.</ref> C.<ref>Third.</ref>').map((r) => [
        r.id,
        r.name,
        r.text,
      ]),
    ).toEqual([
      ['ref-1', null, 'First.'],
      ['ref-smith-2001-p-3', 'Smith 2001, p. 3', 'Second.'],
      ['ref-3', null, 'Third.'],
    ]);
  });

  it('resolves reuses to the same reference', () => {
    const list = refs('A.<ref name=x>Smith 2001.</ref> B.<ref name="x" /> C.<ref name = x/>');
    expect(list.map((r) => [r.id, r.text])).toEqual([['ref-x', 'Smith 2001.']]);
  });

  it('resolves a reuse met before its definition', () => {
    const list = refs('A.<ref name="late"/> B.<ref>Other.</ref> C.<ref name="late">Defined later.</ref>');
    expect(list.map((r) => [r.id, r.text])).toEqual([
      ['ref-late', 'Defined later.'],
      ['ref-2', 'Other.'],
    ]);
  });

  it('resolves list-defined refs in {{reflist|refs=}} and in <references>…</references>', () => {
    const list = refs(
      'A.<ref name="a"/> B.<ref name="b"/>\n== Notes ==\n{{reflist|refs=\n<ref name="a">Alpha.</ref>\n}}\n<references>\n<ref name="b">Beta.</ref>\n</references>',
    );
    expect(list.map((r) => [r.id, r.text])).toEqual([
      ['ref-a', 'Alpha.'],
      ['ref-b', 'Beta.'],
    ]);
  });

  it('keeps a reuse whose definition never comes, with empty text', () => {
    expect(refs('A.<ref name="ghost"/>').map((r) => [r.id, r.text])).toEqual([['ref-ghost', '']]);
  });

  it('keeps ids unique when slugs or numbers collide, and separates groups', () => {
    const list = refs(
      '<ref>One.</ref><ref name="2">Two.</ref><ref name="a b">AB.</ref><ref name="a-b">A-B.</ref><ref name="x" group="note">Note.</ref><ref name="x">Ref.</ref>',
    );
    expect(list.map((r) => r.id)).toEqual(['ref-1', 'ref-2', 'ref-a-b', 'ref-a-b-2', 'ref-x', 'ref-x-2']);
    expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
  });

  it('keeps the address of a ref that is only a bare URL', () => {
    expect(refs('A.<ref>http://example.org/a</ref> B.<ref> [https://example.org/b] </ref>').map((r) => r.text)).toEqual(
      ['http://example.org/a', 'https://example.org/b'],
    );
  });

  it('skips empty unnamed refs', () => {
    expect(refs('A.<ref></ref> B.<ref/> C.<ref>Real.</ref>').map((r) => r.id)).toEqual(['ref-1']);
  });

  it('reads refs made with {{#tag:ref}}, sharing names with <ref>', () => {
    expect(refs('A.{{#tag:ref|Tagged.|name=t}} B.<ref name="t"/>').map((r) => [r.id, r.text])).toEqual([
      ['ref-t', 'Tagged.'],
    ]);
  });
});

describe('references: citations', () => {
  it('reads the cite template: name, url, title, work, date and every parameter', () => {
    const [ref] = refs(
      'A.<ref>{{cite web |url=http://example.org/a |title=The Title |website=Example |date=9 July 2013 |access-date= }}</ref>',
    );
    expect(ref?.citation).toEqual({
      template: 'cite web',
      url: 'http://example.org/a',
      title: 'The Title',
      work: 'Example',
      date: '9 July 2013',
      params: [
        { name: 'url', value: 'http://example.org/a' },
        { name: 'title', value: 'The Title' },
        { name: 'website', value: 'Example' },
        { name: 'date', value: '9 July 2013' },
      ],
    });
  });

  it.each([
    ['{{cite news|title=T|newspaper=The Times|publisher=News UK}}', 'The Times'],
    ['{{cite journal|title=T|journal=JMH}}', 'JMH'],
    ['{{cite magazine|title=T|magazine=Time}}', 'Time'],
    ['{{cite book|title=T|publisher=Penguin|year=2005}}', 'Penguin'],
    ['{{cite web|title=T|work=Work|website=Site}}', 'Work'],
  ])('work of %s', (cite, work) => {
    expect(refs(`A.<ref>${cite}</ref>`)[0]?.citation?.work).toBe(work);
  });

  it('falls back to year for the date, and has no citation without a cite template', () => {
    const list = refs(
      'A.<ref>{{Cite book|last=Barker|title=Agincourt|year=2005}}</ref> B.<ref>Barker 2005, p. 3.</ref>',
    );
    expect(list[0]?.citation?.date).toBe('2005');
    expect(list[0]?.citation?.url).toBeNull();
    expect(list[1]?.citation).toBeNull();
  });

  it.each(CITATION_TEMPLATES.flatMap((e) => e.examples))('%s is a citation', (source) => {
    const [ref] = refs(`A.<ref>${source}</ref>`);
    expect(ref?.citation?.title).toBe('T');
  });

  it.each(['Citation needed', 'Cn', 'Citations missing', 'Citebook'])('{{%s}} is not a citation', (name) => {
    expect(isCitationTemplateName(name)).toBe(false);
  });
});

describe('references: infobox back-links', () => {
  it('lists the infobox fields that cite a reference, in field order, once each', () => {
    const list = refs(
      '{{Infobox military conflict\n| strength1 = 5,000<ref name="s">Smith.</ref>\n| casualties1 = 300<ref name="s"/><ref>Jones.</ref>\n| casualties2 = 20<ref name="s"/>\n}}\nText.<ref name="s"/><ref>Prose only.</ref>',
    );
    expect(list.map((r) => [r.id, r.fields])).toEqual([
      ['ref-s', ['strength1', 'casualties1', 'casualties2']],
      ['ref-2', ['casualties1']],
      ['ref-3', []],
    ]);
  });

  it('does not link a field whose value was replaced by a later duplicate', () => {
    const list = refs('{{Infobox military conflict\n| result = A<ref>Old.</ref>\n| result = B<ref>New.</ref>\n}}');
    expect(list.map((r) => [r.text, r.fields])).toEqual([
      ['Old.', []],
      ['New.', ['result']],
    ]);
  });

  it('links refs nested in templates inside a field', () => {
    const list = refs(
      '{{Infobox military conflict\n| casualties1 = {{plainlist|\n* 300 killed<ref>Deep.</ref>\n}}\n}}',
    );
    expect(list.map((r) => [r.text, r.fields])).toEqual([['Deep.', ['casualties1']]]);
  });
});

describe('references: footnote templates', () => {
  it.each(SHORT_FOOTNOTE_TEMPLATES.flatMap((e) => e.examples))('$source', ({ source, text }) => {
    expect(refs(`A.${source}`).map((r) => [r.name, r.text, r.citation])).toEqual([[null, text, null]]);
  });

  it('merges identical short footnotes, as the wiki does, and links their fields', () => {
    const list = refs(
      '{{Infobox military conflict\n| strength1 = 5{{sfn|Barker|2005|p=3}}\n}}\nA.{{sfn|Barker|2005|p=3}} B.{{sfn|Barker|2005|p=4}}',
    );
    expect(list.map((r) => [r.id, r.text, r.fields])).toEqual([
      ['ref-1', 'Barker 2005, p. 3', ['strength1']],
      ['ref-2', 'Barker 2005, p. 4', []],
    ]);
  });

  it.each(NOTE_FOOTNOTE_TEMPLATES.flatMap((e) => e.examples))('$source', ({ source, text }) => {
    expect(refs(`A.${source}`).map((r) => r.text)).toEqual([text]);
  });

  it('reads named notes and their reuses as one reference, and refs inside notes as their own', () => {
    const list = refs('A.{{efn|name=n1|Some say 6,000.<ref>Smith.</ref>}} B.{{efn|name=n1}}');
    expect(list.map((r) => [r.id, r.name])).toEqual([
      ['ref-n1', 'n1'],
      ['ref-2', null],
    ]);
    expect(list[0]?.text).toMatch(/^Some say 6,000\./);
  });

  it('formats authors and pages as the Harvard templates do', () => {
    expect(
      formatShortFootnote({
        positional: ['Barker', 'Smith', '2005'],
        named: new Map([['pp', '3–4']]),
        parenthesised: true,
      }),
    ).toBe('Barker & Smith (2005), pp. 3–4');
    expect(formatShortFootnote({ positional: ['Anonymous'], named: new Map(), parenthesised: false })).toBe(
      'Anonymous',
    );
  });
});

describe('footnote and citation tables', () => {
  it('ids are unique and every entry has examples', () => {
    for (const table of [SHORT_FOOTNOTE_TEMPLATES, NOTE_FOOTNOTE_TEMPLATES, CITATION_TEMPLATES] as const) {
      expect(new Set(table.map((e) => e.id)).size).toBe(table.length);
      for (const e of table) expect(e.examples.length).toBeGreaterThan(0);
    }
  });
});
