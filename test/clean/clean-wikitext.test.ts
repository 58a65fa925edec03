// Tests for the value cleaner: markup rules, anchors and their offsets, list templates, unknown templates, deep input.
import Parser from 'wikiparser-node';
import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH } from '../../src/wikitext/limit-markup.js';
import { parseWikitext } from '../../src/wikitext/parse-wikitext.js';
import { cleanNode } from '../../src/clean/clean-node.js';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';
import { createContext } from '../../src/_lib/context.js';
import { describeGrowth, GROWTH_LIMIT, measureGrowth } from '../helpers/growth.js';

const clean = (s: string) => cleanWikitext(s, createContext());

describe('markup rules', () => {
  it.each([
    // links
    ['[[Armed Forces of Ukraine|Ukraine]]', 'Ukraine'],
    ['[[Mali]] forces', 'Mali forces'],
    ['[[Battle of Jutland#Outcome|Outcome]] section', 'Outcome section'],
    ['[[:Category:Battles|battles]]', 'battles'],
    ['[[Saint Crispin (martyr)|]] day', 'Saint Crispin day'],
    ['[http://example.com The report] says', 'The report says'],
    ['see [http://example.com] now', 'see now'],
    ['see http://example.com now', 'see now'],
    // quotes, comments
    ["'''Anglo-allies:''' 3,500", 'Anglo-allies: 3,500'],
    ["''Per Russia:''", 'Per Russia:'],
    ["'''''both'''''", 'both'],
    ['<!-- not Decisive -->English victory', 'English victory'],
    ['a<!-- x\n\ny -->b', 'ab'],
    // entities
    ['5&nbsp;km', '5 km'],
    ['1&ndash;2 &mdash; 3', '1–2 — 3'],
    ['A &amp; B', 'A & B'],
    ['&#91;1&#93;', '[1]'],
    ['&#x2013;', '–'],
    ['&bogus; &amp', '&bogus; &amp'],
    // HTML unwrapped
    ['<small>(est.)</small>', '(est.)'],
    ['km<sup>2</sup> and H<sub>2</sub>O', 'km2 and H2O'],
    ['<span style="color:red">red</span>', 'red'],
    ['<s>old</s> <u>new</u> <abbr title="x">KIA</abbr>', 'old new KIA'],
    ["<nowiki>''literal''</nowiki>", "''literal''"],
    // dropped
    ['[[File:Map.png|thumb|A map]]Text', 'Text'],
    ['[[Image:X.jpg|20px]] Text', 'Text'],
    ['Text[[Category:Battles]]', 'Text'],
    ['Text<references/>', 'Text'],
    ['5 killed<ref>{{cite web|title=Report 2000}}</ref>', '5 killed'],
    ['5 killed<ref name="a"/>', '5 killed'],
    ['{|\n| 1 || 2\n|}\nAfter', 'After'],
    // line breaks
    ['a<br>b<br/>c<br />d<BR>e</br>f', 'a\nb\nc\nd\ne\nf'],
    ['a\n* b\n* c\n# d\n: e', 'a\nb\nc\nd\ne'],
    ['a\nb', 'a b'],
    [
      'Anglo-allies: 17,000\n* 3,500 killed\n* 3,300 missing\nPrussians: 7,000',
      'Anglo-allies: 17,000\n3,500 killed\n3,300 missing\nPrussians: 7,000',
    ],
    ['; American\nPersonnel', 'American\nPersonnel'],
    ['; Term : definition', 'Term\ndefinition'],
    ['a\n\nb', 'a\nb'],
    ['<br>a<br><br>b<br>', 'a\nb'],
    ['<div>a</div><p>b</p>', 'a\nb'],
    ['<poem>one\ntwo</poem>', 'one\ntwo'],
    // whitespace
    ['  many   spaces\there  ', 'many spaces here'],
    [' a <br> b ', 'a\nb'],
  ])('%s', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });
});

describe('anchors', () => {
  it('places link spans on the final text', () => {
    const v = clean('x  [[Armed Forces of Ukraine|Ukraine]]<br>[[Mali]]');
    expect(v.text).toBe('x Ukraine\nMali');
    expect(v.links).toEqual([
      { start: 2, end: 9, target: 'Armed Forces of Ukraine' },
      { start: 10, end: 14, target: 'Mali' },
    ]);
    for (const l of v.links) expect(v.text.slice(l.start, l.end)).not.toMatch(/^\s|\s$/);
  });

  it('normalises link targets (first letter, underscores) and keeps the namespace', () => {
    expect(clean('[[armed_forces of Ukraine|U]]').links[0]?.target).toBe('Armed forces of Ukraine');
    expect(clean('[[:Category:Foo|cf]]').links[0]?.target).toBe('Category:Foo');
    expect(clean('[[#Casualties|casualties section]]').links[0]?.target).toBe('#Casualties');
  });

  it('anchors refs right after the text they follow, with local ids', () => {
    const v = clean('3,867 killed <ref name=PTZ>x</ref><br />~8,000 wounded <ref name="Casualties"/><ref name=PTZ/>');
    expect(v.text).toBe('3,867 killed\n~8,000 wounded');
    expect(v.refs).toEqual([
      { offset: 12, id: 'ref-1' },
      { offset: 27, id: 'ref-2' },
      { offset: 27, id: 'ref-1' },
    ]);
  });

  it('asks onRef for ids and drops refs it rejects; footnote templates go to onFootnote', () => {
    const root = Parser.parse('a<ref name=x>1</ref> b<ref>2</ref> c{{sfn|X|2000}}');
    const v = cleanNode(root, createContext(), {
      onRef: (ref) => (String(ref).includes('name=x') ? 'ref-x' : null),
      onFootnote: () => 'sfn-1',
    });
    expect(v.text).toBe('a b c');
    expect(v.refs).toEqual([
      { offset: 1, id: 'ref-x' },
      { offset: 5, id: 'sfn-1' },
    ]);
  });

  it('drops footnote templates silently when onRef is given without onFootnote', () => {
    const ctx = createContext();
    const v = cleanNode(Parser.parse('a{{efn|note}}'), ctx, { onRef: () => 'r' });
    expect(v.refs).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it('anchors {{#tag:ref}} like a footnote', () => {
    expect(clean('5 killed{{#tag:ref|A note|name=n}}').refs).toEqual([{ offset: 8, id: 'ref-1' }]);
  });

  it('renders a citation title without its italic or bold quote marks', () => {
    const v = cleanNode(
      Parser.parse("{{cite news|title= ''Distant Victory'', page XCIV |date= July 2006|publisher= '''Praeger'''}}"),
      createContext(),
      { citations: true },
    );
    expect(v.text).toBe('(July 2006). "Distant Victory, page XCIV". Praeger.');
  });

  it('anchors flags at the text that follows them', () => {
    const v = clean('{{Unbulleted list\n|{{Flagicon|Nazi Germany|1935}} 400,000\n|{{flagicon|USA|1912}} 114,000}}');
    expect(v.text).toBe('400,000\n114,000');
    expect(v.flags).toEqual([
      { offset: 0, country: 'Nazi Germany' },
      { offset: 8, country: 'United States' },
    ]);
  });

  it('keeps the flag of a flag-and-name template ({{flag}}, {{flagcountry}}) as well as its linked name', () => {
    const v = clean('{{flagcountry|USA|1861}}<br />{{flag|Nazi Germany|name=Germany}}');
    expect(v.text).toBe('United States\nGermany');
    expect(v.flags).toEqual([
      { offset: 0, country: 'United States' },
      { offset: 14, country: 'Nazi Germany' },
    ]);
    expect(v.links.map((l) => [l.start, l.end, l.target])).toEqual([
      [0, 13, 'United States'],
      [14, 21, 'Nazi Germany'],
    ]);
  });

  it('anchors a trailing flag at the end of the text', () => {
    expect(clean('France {{flagicon|France}}').flags).toEqual([{ offset: 6, country: 'France' }]);
  });

  it('records bold, italic, small and title marks', () => {
    const v = clean("'''Total:''' ''about'' <small>(est.)</small> {{small|x}}");
    expect(v.text).toBe('Total: about (est.) x');
    expect(v.marks).toEqual([
      { start: 0, end: 6, kind: 'bold' },
      { start: 7, end: 12, kind: 'italic' },
      { start: 13, end: 19, kind: 'small' },
      { start: 20, end: 21, kind: 'small' },
    ]);
    const list = clean('{{collapsible list|title=Losses|a|b}}');
    expect(list.marks).toEqual([{ start: 0, end: 6, kind: 'title' }]);
  });

  it('closes an unclosed bold at the end of the visual line', () => {
    const v = clean("'''Per the army:<br>14 killed");
    expect(v.marks).toEqual([{ start: 0, end: 13, kind: 'bold' }]);
  });

  it('keeps anchors inside template arguments', () => {
    const v = clean('{{nowrap|[[Mali|Malian]] army<ref>x</ref>}}');
    expect(v.text).toBe('Malian army');
    expect(v.links).toEqual([{ start: 0, end: 6, target: 'Mali' }]);
    expect(v.refs).toEqual([{ offset: 11, id: 'ref-1' }]);
  });
});

describe('list templates', () => {
  it.each([
    ['{{plainlist|\n* 21 killed\n* 60+ wounded\n* 2 missing}}', '21 killed\n60+ wounded\n2 missing'],
    ['{{ubl|a|b|c}}', 'a\nb\nc'],
    ['{{ubil|a|b}}', 'a\nb'],
    ['{{unbulleted list|a|b}}', 'a\nb'],
    ['{{flatlist|\n* a\n* b}}', 'a\nb'],
    ['{{hlist|a|b}}', 'a\nb'],
    ['{{bulleted list|a|b}}', 'a\nb'],
    ['{{Collapsible list|title=Total|a|b}}', 'Total\na\nb'],
    ['Before {{ubl|a|b}} after', 'Before\na\nb\nafter'],
    ['{{ubl|{{ubl|a|b}}|c}}', 'a\nb\nc'],
  ])('%s', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });
});

describe('a parameter value that begins with a list marker is a list item', () => {
  it.each([
    ["{{font|text=; Japanese\n '''Personnel:'''}}", 'Japanese\nPersonnel:'],
    ["{{font|text= ; Japanese\n '''Personnel:'''}}", 'Japanese\nPersonnel:'],
    ['{{font|text=* 5 killed\n* 2 wounded}}', '5 killed\n2 wounded'],
  ])('%s', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });
});

describe('unknown templates', () => {
  it('keeps the argument of an unknown one-argument wrapper, without a warning', () => {
    const ctx = createContext();
    expect(cleanWikitext('{{Some wrapper|12 killed}}', ctx).text).toBe('12 killed');
    expect(ctx.warnings).toEqual([]);
  });

  it('drops an unknown template with several arguments and warns, naming it and the field', () => {
    const ctx = createContext();
    expect(cleanWikitext('a {{Mystery box|1|2|x=3}} b', ctx, { field: 'casualties1' }).text).toBe('a b');
    expect(ctx.warnings).toEqual([
      {
        code: 'unknown-template',
        severity: 'warning',
        message: 'Unknown template {{Mystery box}} was dropped.',
        field: 'casualties1',
      },
    ]);
  });

  it('drops an unknown template with a named argument only', () => {
    const ctx = createContext();
    expect(cleanWikitext('{{Mystery|x=3}}', ctx).text).toBe('');
    expect(ctx.warnings.map((w) => w.code)).toEqual(['unknown-template']);
  });

  it('warns about #invoke and drops other parser functions silently', () => {
    const ctx = createContext();
    expect(cleanWikitext('{{#invoke:Foo|bar|x}}{{#if:a|b}}{{PAGENAME}}{{DEFAULTSORT:x}}ok', ctx).text).toBe('ok');
    expect(ctx.warnings.map((w) => w.message)).toEqual(['Unknown template {{#invoke:Foo}} was dropped.']);
  });

  it('evaluates the parser functions that print text', () => {
    expect(clean('{{formatnum:12500}} men, a{{!}}b').text).toBe('12,500 men, a|b');
  });
});

describe('deep and large input', () => {
  it('survives 10,000 nested templates (parser limit) with a warning', () => {
    const ctx = createContext();
    cleanWikitext(`${'{{nowrap|'.repeat(10_000)}x${'}}'.repeat(10_000)}`, ctx);
    // Nesting beyond the limit, and the pipes of the defused pairs that fall to the innermost parsed one.
    expect(ctx.warnings.map((w) => w.code)).toEqual(['markup-limit', 'markup-limit']);
  });

  it(`reads markup nested deeper than ${MAX_MARKUP_DEPTH} as text, by the page's rule (it was parsed up to 100 levels)`, () => {
    const ctx = createContext();
    const deep = MAX_MARKUP_DEPTH + 2;
    // The innermost parsed {{nowrap}} prints its first parameter: the next opener, now text (was 'x').
    expect(cleanWikitext(`${'{{nowrap|'.repeat(deep)}x${'}}'.repeat(deep)}`, ctx).text).toBe('{{nowrap');
    expect(ctx.warnings.map((w) => w.code)).toEqual(['markup-limit']);
  });

  it('survives 10,000 unclosed template openings', () => {
    expect(() => clean(`${'{{a|'.repeat(10_000)}x`)).not.toThrow();
  });

  it('walks a deep tree without recursion', () => {
    // Deeper than cleanWikitext lets through: the parse is handed to the cleaner directly.
    const depth = 90;
    const v = cleanNode(parseWikitext(`${'{{nowrap|'.repeat(depth)}deep${'}}'.repeat(depth)}`), createContext());
    expect(v.text).toBe('deep');
  });

  it('survives 10,000 nested links and spans', () => {
    expect(clean(`${'<span>'.repeat(10_000)}x${'</span>'.repeat(10_000)}`).text).toBe('x');
    expect(() => clean(`${'[[a|'.repeat(2_000)}x${']]'.repeat(2_000)}`)).not.toThrow();
  });

  it('cleans a long value in linear time (500 vs 2,000 lines)', () => {
    const line = "[[Mali|Malian]] '''3''' killed&nbsp;<ref>x</ref>{{flagicon|France}}<br>";
    const m = measureGrowth(
      (n) => Parser.parse(line.repeat(n)),
      (root) => cleanNode(root, createContext()),
      { small: 500 },
    );
    expect(m.ratio, describeGrowth(m)).toBeLessThan(GROWTH_LIMIT);
    expect(m.output.refs).toHaveLength(2000);
    expect(m.output.text.split('\n')).toHaveLength(2000);
  });
});

describe('list items keep their depth', () => {
  it.each([
    [
      'Total: 9,000\n* Bavaria: 4,000\n** 200 guns\n* 300 wagons',
      [
        [13, 1],
        [28, 2],
        [37, 1],
      ],
    ],
    [
      '{{plainlist|\n* Spain\n*: 12 ships\n# Portugal}}',
      [
        [0, 1],
        [6, 2],
        [15, 1],
      ],
    ],
    ['no list here<br>3 killed', []],
  ] as const)('%s', (wikitext, want) => {
    const value = cleanWikitext(wikitext, createContext());
    expect(value.items.map((i) => [i.offset, i.depth])).toEqual(want);
    // every anchor starts a line
    for (const i of value.items) expect(i.offset === 0 || value.text.charAt(i.offset - 1) === '\n').toBe(true);
  });
});
