// Render support: the section tree in reading order, without recursion.
import type { Section } from '../model/section.js';

/**
 * Lists sections depth-first (each section before its subsections) with an explicit stack, so a deep or
 * hostile heading tree cannot overflow the call stack.
 * @example flattenSections([{ title: 'A', level: 2, paragraphs: [], sections: [{ title: 'B', level: 3, paragraphs: [], sections: [] }] }]).map((s) => s.title) // ['A', 'B']
 */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const stack = [...sections].reverse();
  for (let s = stack.pop(); s !== undefined; s = stack.pop()) {
    out.push(s);
    for (let i = s.sections.length - 1; i >= 0; i--) stack.push(s.sections[i]!);
  }
  return out;
}
