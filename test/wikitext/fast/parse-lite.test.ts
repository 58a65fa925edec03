// The fast reader's rules, one table row each: what it reads (and how the nodes look) and what it declines.
import { describe, expect, it } from 'vitest';
import { LiteNode } from '../../../src/wikitext/fast/lite-node.js';
import { LiteUnsupported } from '../../../src/wikitext/fast/lite-unsupported.js';
import { parseLite } from '../../../src/wikitext/fast/parse-lite.js';
import { parseWikitext } from '../../../src/wikitext/parse-wikitext.js';
import { REFERENCE_PATH } from '../../../src/wikitext/fast/reader-switches.js';

/** The page's top-level nodes as "type" or "type:name". */
const top = (text: string): string[] =>
  parseLite(text).childNodes.map((n) => (n.name === undefined ? n.type : `${n.type}:${n.name}`));

const READS: Array<{ id: string; input: string; top: string[] }> = [
  { id: 'text', input: 'plain text', top: ['text'] },
  { id: 'comment', input: 'a<!-- b -->c', top: ['text', 'comment', 'text'] },
  { id: 'ref and reuse', input: '<ref name="n">x</ref><ref name=n/>', top: ['ext:ref', 'ext:ref'] },
  { id: 'nowiki content stays text', input: '<nowiki>[[a]]</nowiki>', top: ['ext:nowiki'] },
  { id: 'template, name normalised', input: '{{flag icon|FRA}}', top: ['template:Template:Flag_icon'] },
  { id: 'template in the main namespace', input: '{{:Foo bar}}', top: ['template:Foo_bar'] },
  { id: 'parser function', input: '{{#if:a|b|c}}', top: ['magic-word:if'] },
  { id: 'variable', input: '{{PAGENAME}}', top: ['magic-word:pagename'] },
  { id: 'pipe magic word', input: '{{!}}', top: ['magic-word:!'] },
  { id: 'invoke', input: '{{#invoke:String|len|abc}}', top: ['magic-word:invoke'] },
  { id: 'heading', input: '== A ==\ntext', top: ['heading', 'text'] },
  {
    id: 'html tags, one node each',
    input: '<small>a</small><br />',
    top: ['html:small', 'text', 'html:small', 'html:br'],
  },
  { id: 'unknown tag stays text', input: '<foo>a</foo>', top: ['text'] },
  { id: 'table', input: '{|\n| a\n|}', top: ['table'] },
  { id: 'link', input: '[[a b|c]]', top: ['link:A_b'] },
  { id: 'category', input: '[[Category:X|s]]', top: ['category:Category:X'] },
  { id: 'file with a link in its caption', input: '[[File:A.jpg|thumb|a [[b]] c]]', top: ['file:File:A.jpg'] },
  {
    id: 'address in double brackets is an external link',
    input: '[[http://a.org]]',
    top: ['text', 'ext-link', 'text'],
  },
  { id: 'quotes', input: "''a'' '''b'''", top: ['quote', 'text', 'quote', 'text', 'quote', 'text', 'quote'] },
  { id: 'external link', input: '[http://a.org A]', top: ['ext-link'] },
  { id: 'free link, trailing dot outside', input: 'see http://a.org.', top: ['text', 'free-ext-link', 'text'] },
  { id: 'list', input: '* a\n# b', top: ['list', 'text', 'list', 'text'] },
  { id: 'term line', input: '; Notes', top: ['list', 'text'] },
  { id: 'hr', input: 'a\n----\nb', top: ['text', 'hr', 'text'] },
  { id: 'hr after a comment', input: '<!-- c -->----', top: ['comment', 'hr'] },
  { id: 'dashes after a template stay text', input: '{{a}}----', top: ['template:Template:A', 'text'] },
  { id: 'magic link: ISBN', input: 'see ISBN 978-0-00-000000-0.', top: ['text', 'magic-link', 'text'] },
  { id: 'magic link: RFC and PMID', input: 'RFC 2616, PMID 12345', top: ['magic-link', 'text', 'magic-link'] },
  { id: 'magic link with an entity space and a final x', input: 'ISBN&nbsp;123456789x', top: ['magic-link'] },
  { id: 'magic link in a template value', input: '{{cite|id=PMID 1}}', top: ['template:Template:Cite'] },
  { id: 'magic link not in capitals stays text', input: 'isbn 1234567890 Rfc 1', top: ['text'] },
  { id: 'magic link after a letter stays text', input: 'xRFC 1 RFC 1a', top: ['text'] },
  { id: 'magic link inside an address is the address', input: 'http://a.org/RFC 1', top: ['free-ext-link', 'text'] },
  {
    id: 'redirect',
    input: '#REDIRECT [[Foo bar#x|y]]\n{{R from move}}',
    top: ['redirect', 'template:Template:R_from_move'],
  },
  { id: 'redirect then a list line', input: '#redirect: [[A]]\n* b', top: ['redirect', 'list', 'text'] },
  { id: 'redirect to no page is a list line', input: '#REDIRECT [[#x]]', top: ['list', 'text', 'link:'] },
  { id: 'list marker after a template stays text', input: '{{a}}* b', top: ['template:Template:A', 'text'] },
  { id: 'list marker after a ref stays text', input: '<ref>r</ref># b', top: ['ext:ref', 'text'] },
  { id: 'list marker after a comment', input: '<!-- c -->* b', top: ['comment', 'list', 'text'] },
];

const DECLINES: Array<{ id: string; input: string; reason: string }> = [
  { id: 'template argument', input: '{{{a|b}}}', reason: '{{{' },
  { id: 'unclosed template', input: '{{a|b', reason: 'unclosed {{' },
  { id: 'openers deeper than closed pairs reach', input: `${'{{a|'.repeat(30)}x`, reason: 'deep {{' },
  { id: 'unclosed comment', input: 'a<!-- b', reason: 'unclosed comment' },
  { id: 'include tags', input: '<noinclude>a</noinclude>', reason: 'include tags' },
  { id: 'language converter', input: '-{a}-', reason: '-{' },
  { id: 'behaviour switch', input: '__NOTOC__', reason: 'behaviour switch' },
  { id: 'definition', input: '; term : definition', reason: 'definition list' },
  { id: 'heading inside a template', input: '{{a|\n== b ==\n}}', reason: 'heading in a template' },
  { id: 'markup in a link target', input: '[[a{{b}}]]', reason: 'markup in a link target' },
  { id: 'entity title left to the parser', input: '[[a&#91;b]]', reason: 'title' },
  { id: 'redirect with markup in its target', input: '#REDIRECT [[A{{b}}]]', reason: 'redirect target' },
  { id: 'redirect to an odd target', input: '#REDIRECT [[::A]]', reason: 'redirect target' },
  { id: 'unknown parser function', input: '{{#switch:a|a=1}}', reason: 'unread parser function' },
  { id: 'duplicated attribute', input: '<ref name=a name=b>x</ref>', reason: 'attributes' },
];

describe('parseLite reads', () => {
  it.each(READS)('$id: $input', ({ input, top: expected }) => {
    expect(top(input)).toEqual(expected);
  });
});

describe('parseLite declines', () => {
  it.each(DECLINES)('$id: $input', ({ input, reason }) => {
    let error: unknown = null;
    try {
      parseLite(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LiteUnsupported);
    expect((error as LiteUnsupported).reason).toBe(reason);
  });
});

describe('parseLite nodes', () => {
  it("keeps every node's source, so the page prints back unchanged", () => {
    const text = "'''A''' {{b|c=[[d|e]]<ref>f</ref>}}\n== G ==\n* h";
    const root = parseLite(text);
    expect(String(root)).toBe(text);
    expect(root.childNodes.map(String).join('')).toBe(text);
  });

  it('reads parameters in order, named and positional, last duplicate effective', () => {
    const t = parseLite('{{a| x | k = v |y|k=w}}').firstChild!;
    expect(t.getAllArgs().map((p) => [p.name, p.anon, String(p.lastChild)])).toEqual([
      ['1', true, ' x '],
      ['k', false, ' v '],
      ['2', true, 'y'],
      ['k', false, 'w'],
    ]);
    expect(String(t.getArg('k')!.lastChild)).toBe('w');
  });

  it('splits a name from its value at the first top-level "=" only', () => {
    const t = parseLite('{{a|b=c=d|[[e=f]]|{{g|h=i}}}}').firstChild!;
    expect(t.getAllArgs().map((p) => p.name)).toEqual(['b', '1', '2']);
    expect(String(t.getArg('b')!.lastChild)).toBe('c=d');
  });

  it('gives ref attributes raw, keys in lower case', () => {
    const ref = parseLite('<ref NAME="a&amp;b" group=g>x</ref>').firstChild!;
    expect([ref.getAttr('name'), ref.getAttr('group'), ref.selfClosing]).toEqual(['a&amp;b', 'g', false]);
  });

  it('resolves link titles: namespace alias, case, fragment', () => {
    const link = parseLite('[[wikipedia:a_b#c d|e]]').firstChild!;
    expect(link.link).toEqual({ main: 'A b', prefix: 'Project:', fragment: 'c_d', interwiki: '', ns: 4 });
  });

  it('pairs apostrophes as MediaWiki does when bold and italic counts are both odd', () => {
    // "l'''" after a one-letter word: the first bold run becomes an apostrophe and italic.
    const quotes = parseLite("l'''a''' ''b'''")
      .childNodes.filter((n) => n.type === 'quote')
      .map(String);
    expect(quotes).toEqual(["''", "'''", "''", "'''"]);
  });

  it('text() drops comments; parentNode and querySelectorAll() walk the tree', () => {
    const root = parseLite('{{a|b=x<!--c-->y {{d}}}}');
    const d = root.querySelectorAll('template')[1]!;
    expect(root.querySelectorAll('template').map((t) => t.name)).toEqual(['Template:A', 'Template:D']);
    expect(d.parentNode?.parentNode?.name).toBe('b');
    expect(root.firstChild!.getArg('b')!.lastChild!.text()).toBe('xy {{d}}');
  });

  it('reads each magic link as one node holding its text, wherever values are read', () => {
    const root = parseLite('{{cite|id=PMID 1}} ISBN 0-00-000000-0 isbn 1234567890 <ref>RFC 2616</ref>');
    expect(root.querySelectorAll('magic-link').map((n) => [String(n), n.parentNode?.type])).toEqual([
      ['PMID 1', 'parameter-value'],
      ['ISBN 0-00-000000-0', 'root'],
      ['RFC 2616', 'ext-inner'],
    ]);
  });

  it('reads a redirect: keyword, target title, ignored text, and the trailing space it takes', () => {
    const root = parseLite('#REDIRECT [[battle_of X#Aftermath|y]]\n\n{{R from move}}');
    const redirect = root.firstChild!;
    expect(String(redirect)).toBe('#REDIRECT [[battle_of X#Aftermath|y]]\n\n');
    expect(redirect.childNodes.map(String)).toEqual(['#REDIRECT ', '[[battle_of X#Aftermath|y]]']);
    expect(redirect.lastChild!.name).toBe('Battle_of_X');
    expect(redirect.lastChild!.childNodes.map((n) => [n.type, String(n)])).toEqual([
      ['link-target', 'battle_of X#Aftermath'],
      ['noinclude', 'y'],
    ]);
    expect(String(root)).toBe('#REDIRECT [[battle_of X#Aftermath|y]]\n\n{{R from move}}');
  });

  it('creates text nodes for the reader, and text nodes share one empty child list', () => {
    const root = parseLite('a');
    const node = root.createTextNode('b');
    expect([node.type, node.data, node.childNodes.length]).toEqual(['text', 'b', 0]);
    expect(new LiteNode('x', 'y').append([]).childNodes).toBe(node.childNodes);
  });
});

describe('parseWikitext', () => {
  it('uses the fast reader when it reads the text', () => {
    expect(parseWikitext('[[a]]')).toBeInstanceOf(LiteNode);
  });

  it('falls back to wikiparser-node when the fast reader declines, or is switched off', () => {
    const declined = parseWikitext('{{{a}}}');
    expect(declined).not.toBeInstanceOf(LiteNode);
    expect(declined.firstChild?.type).toBe('arg');
    expect(parseWikitext('[[a]]', undefined, REFERENCE_PATH)).not.toBeInstanceOf(LiteNode);
  });
});
