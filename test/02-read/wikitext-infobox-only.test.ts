import { describe, expect, it } from 'vitest';
import { scanPageOutline } from '../../src/02-read/wikitext/scan-page-outline.js';
import { read } from './wikitext-helpers.js';

// Each page must read the same infobox, cited references (same ids) and warnings with sections: false.
const PAGES = [
  '{{Infobox military conflict\n| conflict = X\n| strength1 = 5<ref name="s"/>\n}}\nText.<ref>Before.</ref><ref name="s">Defined after.</ref>',
  'Lead.<ref>First.</ref>{{sfn|Barker|2005|p=3}}\n{{Infobox battle\n| casualties1 = 3{{sfn|Barker|2005|p=3}}{{sfn|Barker|2005|p=4}}\n}}\n{{sfn|Barker|2005|p=4}}',
  '{{Infobox military conflict\n| result = Won{{efn|name=n|Held by some.}}\n| strength2 = 7{{efn|name=m}}\n}}\nText.{{efn|name=m|Defined in prose, with a ref.<ref name="in-note">Inner.</ref>}}',
  '{{Infobox military conflict\n| casualties2 = 4{{#tag:ref|Tagged.|name=t}}<ref name="l"/>\n}}\n== Notes ==\n{{reflist|refs=\n<ref name="l">List-defined.</ref>\n}}',
  '{{Infobox military conflict <!-- a comment -->\n| conflict = X<!-- {{not a template -->\n| date = <nowiki>{{</nowiki>1916\n| place = <ref name="p">Place ref with | pipe and {{cite web|title=T|url=http://a.org}}</ref>\n}}\n<references>\n<ref name="unused">Unused.</ref>\n</references>',
  '{{Infobox military operation\n| name = Op\n| casualties = 2<ref name=a>A.</ref>\n}}\n{{Infobox military conflict\n| conflict = Later box\n| result = <ref name=a/>\n}}',
  '<poem>Verse<ref>In a poem.</ref></poem>\n{{Infobox war\n| date = 1<ref>Own.</ref>\n| date = 2<ref>Replacing.</ref>\n| junk\n}}',
  'No infobox here.<ref>Only prose.</ref>',
  '{{Infobox military conflict\n| conflict = X\n| result = [[Victory\n| casualties1 = 3 {{efn|\n}}\n}}\nText.',
  '{{disambiguation}}\n{{Infobox military conflict|conflict=X}}',
  '{{Infobox military conflict|conflict=X<ref>unclosed}}\nText <!-- never closed',
  '{{Infobox military conflict|conflict=X}}\nText <ref>unclosed outside.\n\n{{Talk header}}',
  '{{Infobox military conflict\n| casualties1 = {{plainlist|\n* 300<ref>Deep.</ref>\n* {{ubl|1|2}}\n}}\n| notes = {{sfnp|Smith|Jones|1999|loc=ch. 2}}\n}}',
];

describe('sections: false (infobox-only path)', () => {
  it.each(PAGES)('%s', (page) => {
    const full = read(page);
    const fast = read(page, { sections: false });
    expect(fast.infobox).toEqual(full.infobox);
    expect(fast.references).toEqual(full.references.filter((r) => r.fields.length > 0));
    expect(fast.warnings).toEqual(full.warnings);
  });

  it("resolves an infobox reuse whose definition stands after it, with the full path's id", () => {
    const fast = read(PAGES[0]!, { sections: false });
    expect(fast.references).toEqual([
      { id: 'ref-s', name: 's', text: 'Defined after.', citation: null, fields: ['strength1'] },
    ]);
  });

  it('numbers unnamed footnotes by their place in the whole page', () => {
    const fast = read(PAGES[1]!, { sections: false });
    expect(fast.references.map((r) => [r.id, r.text, r.fields])).toEqual([
      ['ref-2', 'Barker 2005, p. 3', ['casualties1']],
      ['ref-3', 'Barker 2005, p. 4', ['casualties1']],
    ]);
  });

  it('finds the infobox extent and the footnotes in order with a tags-only scan', () => {
    const page =
      'A<ref>1</ref>{{sfn|B|2000}}\n{{Infobox battle|a=1<ref name="x">2</ref>|b={{x|y}}}}\n<!-- {{Infobox war}} -->{{efn|3}}';
    const outline = scanPageOutline(page);
    const start = page.indexOf('{{Infobox battle');
    expect(outline.infobox).toEqual({ start, end: page.indexOf('\n<!--'), standard: true });
    expect(outline.footnotes.map((f) => [f.offset, f.site.space, f.site.name])).toEqual([
      [1, 'ref', null],
      [page.indexOf('{{sfn'), 'sfn', null],
      [page.indexOf('<ref name'), 'ref', 'x'],
      [page.indexOf('{{efn'), 'note', null],
    ]);
  });
});
