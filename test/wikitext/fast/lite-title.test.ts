// Titles as the fast reader reads them (the same answers wikiparser-node gives: checked against
// it tree for tree in lite-equivalence.test.ts), and the ones it leaves to wikiparser-node.
import { describe, expect, it } from 'vitest';
import { normalizeLiteTitle, titleName } from '../../../src/wikitext/fast/lite-title.js';
import { LiteUnsupported } from '../../../src/wikitext/fast/lite-unsupported.js';

const TITLES: Array<{ written: string; ns: number; name: string; fragment?: string }> = [
  { written: 'battle_of  X', ns: 0, name: 'Battle_of_X' },
  { written: 'Template:flag icon', ns: 10, name: 'Template:Flag_icon' },
  { written: 'sfn', ns: 10, name: 'Template:Sfn' },
  { written: ':Main page', ns: 10, name: 'Main_page' },
  { written: 'wikipedia:A', ns: 0, name: 'Project:A' },
  { written: 'fr:Bataille', ns: 0, name: 'Fr:Bataille' },
  { written: 'World War&nbsp;I', ns: 0, name: 'World_War_I' },
  { written: 'a%28b%29', ns: 0, name: 'A(b)' },
  { written: 'Barr & Stroud', ns: 0, name: 'Barr_&_Stroud' },
  { written: 'ébc', ns: 0, name: 'Ébc' },
  { written: 'Jean Jourdan#Early life', ns: 0, name: 'Jean_Jourdan', fragment: 'Early_life' },
  { written: '#Notes', ns: 0, name: '', fragment: 'Notes' },
];

const UNREAD = ['a<b', 'a[b', 'a&#91;b', '%zz', ':: x', 'Category:', '/sub', 'a#', 'ß'];

describe('normalizeLiteTitle', () => {
  it.each(TITLES)('$written', ({ written, ns, name, fragment }) => {
    const title = normalizeLiteTitle(written, ns);
    expect(titleName(title)).toBe(name);
    expect(title.fragment).toBe(fragment);
  });

  it.each(UNREAD)('leaves %s to the full parser', (written) => {
    expect(() => normalizeLiteTitle(written, 0)).toThrow(LiteUnsupported);
  });
});
