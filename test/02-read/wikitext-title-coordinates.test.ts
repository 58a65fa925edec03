// Tests for the page's title coordinates ({{coord|…|display=title}} anywhere in the body): the full path, the
// sections: false path and the reference path (every shortcut off) find the same call, and the Conflict takes it
// when the infobox gives no coordinates. Pages written for this test, none from fixtures.
import { describe, expect, it } from 'vitest';
import { REFERENCE_PATH } from '../../src/wikitext/fast/reader-switches.js';
import { scanPageOutline } from '../../src/02-read/wikitext/scan-page-outline.js';
import { titleCoordinatesCall } from '../../src/02-read/wikitext/title-coordinates.js';
import { parseConflict, type ParseOptions } from '../../src/index.js';
import { read } from './wikitext-helpers.js';

const box = (fields = ''): string =>
  `{{Infobox military conflict\n| conflict = Battle of Näfels\n| date = 9 April 1388\n| place = [[Näfels]], [[Glarus]]${fields}\n}}`;
const NAFELS = '{{coord|47|6|N|9|4|E|type:event_region:CH|display=title}}';

/** Each page, and the call the reader must hand over (null: none). */
const PAGES: ReadonlyArray<readonly [string, string, string | null]> = [
  [
    'after the lead',
    `${box()}\nThe '''Battle of Näfels''' was fought in 1388.\n${NAFELS}\n== Battle ==\nText.`,
    NAFELS,
  ],
  [
    'in an apparatus section the full path cuts',
    `${box()}\nLead.\n== Battle ==\nText.<ref>A.</ref>\n== References ==\n{{reflist}}\n== External links ==\n* {{Commons category}}\n${NAFELS}\n{{Campaignbox Swiss}}`,
    NAFELS,
  ],
  ['before the infobox', `${NAFELS}\n${box()}\nLead.`, NAFELS],
  [
    'inline and title',
    `${box()}\nLead {{Coord|47.1|9.066|display=inline,title}} here.`,
    '{{Coord|47.1|9.066|display=inline,title}}',
  ],
  [
    'under an alias, with a comment',
    `${box()}\nLead.\n{{coor dms|47|6|0|N|9|4|0|E<!-- checked 2019 -->|display=t}}`,
    '{{coor dms|47|6|0|N|9|4|0|E|display=t}}',
  ],
  ['inside another template', `${box()}\n{{Location map|Switzerland|coordinates=${NAFELS}}}\nLead.`, NAFELS],
  [
    'the first of two',
    `${box()}\nLead.\n{{coord|46|N|8|E|display=title}}\n${NAFELS}`,
    '{{coord|46|N|8|E|display=title}}',
  ],
  ['only inline coordinates', `${box()}\nThe field lies at {{coord|47|6|N|9|4|E}}.`, null],
  ['a commented-out call', `${box()}\n<!-- ${NAFELS} -->\nLead.`, null],
  ['a call inside nowiki', `${box()}\n<nowiki>${NAFELS}</nowiki>\nLead.`, null],
  [
    'a talk page',
    `{{Talk header}}\n{{WikiProject Military history}}\n${NAFELS}\nA comment. [[User:X|X]] 10:00, 1 May 2020 (UTC)`,
    null,
  ],
  ['no infobox', `The '''Battle of Näfels''' was fought in 1388.\n${NAFELS}`, NAFELS],
];

describe('title coordinates in the reader', () => {
  it.each(PAGES)('%s', (_case, page, call) => {
    expect(read(page).titleCoordinates).toBe(call);
    expect(read(page, { sections: false }).titleCoordinates).toBe(call);
    expect(read(page, {}, REFERENCE_PATH).titleCoordinates).toBe(call);
    expect(read(page, { sections: false }, REFERENCE_PATH).titleCoordinates).toBe(call);
  });

  it('finds the call in the outline scan, where it starts', () => {
    const page = `${box()}\nLead.\n== Notes ==\n<ref>{{coord|1|N|2|E|display=title}}</ref>\n${NAFELS}`;
    expect(scanPageOutline(page).titleCoordinates).toBe('{{coord|1|N|2|E|display=title}}');
  });

  it.each([
    ['coord', '{{coord|1|2}}', null],
    ['coord', '{{coord|1|2|display=inline}}', null],
    ['Coord', '{{Coord|1|2|display = Title }}', '{{Coord|1|2|display = Title }}'],
    ['coord', '{{coord|1|2|name={{PAGENAME}}|display=ti}}', '{{coord|1|2|name={{PAGENAME}}|display=ti}}'],
    ['coord', '{{coord|1|2|notes=[[a|display=title]]}}', null],
    ['cite web', '{{cite web|display=title}}', null],
    ['Template:Coord', '{{Template:Coord|1|2|display=title}}', '{{Template:Coord|1|2|display=title}}'],
  ])('titleCoordinatesCall(%s, %s)', (name, source, expected) => {
    expect(titleCoordinatesCall(name, source)).toBe(expected);
  });
});

describe('the Conflict takes the title coordinates', () => {
  const parse = (page: string, options: ParseOptions = {}) =>
    parseConflict(page, { title: 'Battle of Näfels', ...options });

  it.each([
    ['', {}],
    ['', { sections: false }],
  ])('when the infobox gives none%s', (_x, options) => {
    const conflict = parse(`${box()}\nLead.\n== External links ==\n${NAFELS}`, options);
    expect(conflict.coordinates).toEqual({ lat: 47.1, lon: 9.066667 });
    expect(conflict.warnings).toEqual([]);
  });

  it('but the infobox coordinates first', () => {
    const conflict = parse(`${box('\n| coordinates = {{coord|47.09|9.07|display=inline}}')}\nLead.\n${NAFELS}`);
    expect(conflict.coordinates).toEqual({ lat: 47.09, lon: 9.07 });
  });

  it('and a {{coord}} in the place first, whose display=title prints nothing in the place text', () => {
    const conflict = parse(
      `${box().replace('| place = ', '| place = {{coord|47.05|9.06|display=title}}')}\nLead.\n${NAFELS}`,
    );
    expect(conflict.coordinates).toEqual({ lat: 47.05, lon: 9.06 });
    expect(conflict.place).toEqual({ text: 'Näfels, Glarus', parts: ['Näfels', 'Glarus'] });
  });

  it('not on a disambiguation page', () => {
    const conflict = parse(
      `'''Battle of Näfels''' may refer to:\n* [[Battle of Näfels (1352)]]\n${NAFELS}\n{{disambiguation}}`,
    );
    expect(conflict.coordinates).toBeNull();
  });
});
