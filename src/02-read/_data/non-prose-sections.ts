// Stage 2 data: section titles that hold apparatus, not prose (left out of `sections`, with their subsections).

// A title is non-prose when, lower-cased with its spaces collapsed and trailing punctuation dropped, it is one
// of these words, or several of them joined by "and", "&", ",", "/" or ";" ("Notes and references").
export interface NonProseSectionEntry {
  id: string;
  /** Lower-case titles (and parts of compound titles). */
  titles: string[];
  examples: string[];
}

export const NON_PROSE_SECTIONS: readonly NonProseSectionEntry[] = [
  {
    id: 'references',
    titles: ['references', 'reference', 'general references', 'cited references', 'specific references'],
    examples: ['References', 'REFERENCES', 'Reference'],
  },
  {
    id: 'notes',
    titles: [
      'notes',
      'note',
      'explanatory notes',
      'endnotes',
      'end notes',
      'informational notes',
      'notes and citations',
    ],
    examples: ['Notes', 'Explanatory notes', 'Endnotes'],
  },
  { id: 'footnotes', titles: ['footnotes', 'footnote'], examples: ['Footnotes'] },
  {
    id: 'citations',
    titles: ['citations', 'inline citations', 'works cited', 'cited works', 'works consulted'],
    examples: ['Citations', 'Works cited'],
  },
  {
    id: 'sources',
    titles: [
      'sources',
      'source',
      'cited sources',
      'primary sources',
      'secondary sources',
      'tertiary sources',
      'online sources',
      'printed sources',
      'published sources',
      'ancient sources',
      'modern sources',
      'source notes',
    ],
    examples: ['Sources', 'Primary sources', 'Secondary sources'],
  },
  {
    id: 'bibliography',
    titles: ['bibliography', 'select bibliography', 'selected bibliography', 'literature', 'works', 'publications'],
    examples: ['Bibliography', 'Selected bibliography'],
  },
  {
    id: 'further-reading',
    titles: ['further reading', 'additional reading', 'reading', 'suggested reading', 'reading list'],
    examples: ['Further reading', 'Further Reading'],
  },
  {
    id: 'external-links',
    titles: ['external links', 'external link', 'links', 'web links', 'weblinks', 'online resources'],
    examples: ['External links', 'External Links', 'External links:'],
  },
  {
    id: 'see-also',
    titles: ['see also', 'related articles', 'related pages', 'related topics'],
    examples: ['See also', 'See Also'],
  },
];

/** Titles that must stay prose sections (negative examples for the compound rule). */
export const PROSE_SECTION_EXAMPLES: readonly string[] = [
  'Aftermath',
  'Notable casualties',
  'Sources of the conflict',
  'Legacy and references in popular culture',
  'Order of battle',
  'Analysis',
];
