import { describe, expect, it } from 'vitest';
import { buildSectionTree } from '../../src/_lib/section-tree.js';

describe('buildSectionTree', () => {
  it('nests by level and climbs back out', () => {
    const tree = buildSectionTree([
      { title: 'A', level: 2, paragraphs: ['a'] },
      { title: 'A1', level: 3, paragraphs: [] },
      { title: 'A1x', level: 4, paragraphs: ['x'] },
      { title: 'B', level: 2, paragraphs: [] },
    ]);
    expect(tree.map((s) => s.title)).toEqual(['A', 'B']);
    expect(tree[0]?.sections[0]?.title).toBe('A1');
    expect(tree[0]?.sections[0]?.sections[0]?.paragraphs).toEqual(['x']);
  });

  it('nests a skipped level under the nearest shallower section', () => {
    const tree = buildSectionTree([
      { title: 'A', level: 2, paragraphs: [] },
      { title: 'deep', level: 4, paragraphs: [] },
      { title: 'mid', level: 3, paragraphs: [] },
    ]);
    expect(tree[0]?.sections.map((s) => s.title)).toEqual(['deep', 'mid']);
  });
});
