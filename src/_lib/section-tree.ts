// Support: turn a flat list of headings with paragraphs into the nested section tree.
import type { Section } from '../model/section.js';

export interface FlatSection {
  title: string;
  level: number;
  paragraphs: string[];
}

/**
 * Nests flat sections by level: a section holds every following section of a deeper level.
 * A level that skips (== then ====) nests under the nearest shallower one.
 * @example buildSectionTree([{ title: 'A', level: 2, paragraphs: [] }, { title: 'B', level: 3, paragraphs: [] }])
 */
export function buildSectionTree(flat: readonly FlatSection[]): Section[] {
  const root: Section[] = [];
  const stack: Section[] = [];
  for (const f of flat) {
    const section: Section = { title: f.title, level: f.level, paragraphs: f.paragraphs, sections: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.sections : root).push(section);
    stack.push(section);
  }
  return root;
}
