// Wikitext parser data: the extension tags (<ref>, <nowiki>, <gallery> …) and what the reader, the fast reader and the
// cleaner each do with one. The sets below are derived from this table, so a tag is added in one place.

export interface ExtensionTagEntry {
  /** The tag's name, lower case. */
  name: string;
  /** The content is literal text, not wikitext: the reader never searches it for refs, templates or stray markup. */
  literal?: true;
  /**
   * The fast reader walks the content as wikitext (`walk`), or keeps it as one text node when it holds no markup
   * (`text`: else it declines, since wikiparser-node reads some of these tags' content); absent: it declines.
   */
  fastReader?: 'walk' | 'text';
  /** The cleaner prints the content as lines of text (`text`) or walks it in place (`walk`); absent: nothing. */
  cleaner?: 'text' | 'walk';
  /** Not prose: a paragraph line that holds it and no text is dropped from the lead and sections. */
  block?: true;
  /** Wikitext with the tag, and the text the cleaner prints for it (tested). */
  examples: ReadonlyArray<readonly [wikitext: string, cleaned: string]>;
}

export const EXTENSION_TAGS: readonly ExtensionTagEntry[] = [
  // Wikitext inside. A gallery's lines are read as plain wikitext by the fast reader: the parser splits them into
  // images, but all the reader takes from a gallery is the templates and refs it holds.
  { name: 'ref', fastReader: 'walk', examples: [['a<ref>Smith 1990</ref>', 'a']] },
  { name: 'references', fastReader: 'walk', block: true, examples: [['<references />', '']] },
  { name: 'poem', fastReader: 'walk', cleaner: 'walk', examples: [['<poem>a\nb</poem>', 'a\nb']] },
  { name: 'gallery', fastReader: 'walk', block: true, examples: [['<gallery>\nA.jpg|Caption\n</gallery>', '']] },
  {
    name: 'indicator',
    fastReader: 'text',
    block: true,
    examples: [['<indicator name="x">[[File:A.svg]]</indicator>', '']],
  },
  // Literal text inside.
  {
    name: 'nowiki',
    literal: true,
    fastReader: 'text',
    cleaner: 'text',
    examples: [['<nowiki>[[a]]</nowiki>', '[[a]]']],
  },
  { name: 'pre', literal: true, fastReader: 'text', cleaner: 'text', examples: [['<pre>a\n b</pre>', 'a\nb']] },
  { name: 'math', literal: true, fastReader: 'text', examples: [['<math>x^2</math>', '']] },
  { name: 'chem', literal: true, fastReader: 'text', examples: [['<chem>H2O</chem>', '']] },
  { name: 'ce', literal: true, fastReader: 'text', examples: [['<ce>H2O</ce>', '']] },
  {
    name: 'syntaxhighlight',
    literal: true,
    fastReader: 'text',
    examples: [['<syntaxhighlight lang="js">a</syntaxhighlight>', '']],
  },
  { name: 'source', literal: true, fastReader: 'text', examples: [['<source lang="js">a</source>', '']] },
  { name: 'score', literal: true, fastReader: 'text', examples: [['<score>c</score>', '']] },
  {
    name: 'timeline',
    literal: true,
    fastReader: 'text',
    block: true,
    examples: [['<timeline>\nImageSize = width:100\n</timeline>', '']],
  },
  { name: 'graph', literal: true, fastReader: 'text', block: true, examples: [['<graph>{}</graph>', '']] },
  { name: 'templatedata', literal: true, fastReader: 'text', examples: [['<templatedata>{}</templatedata>', '']] },
  {
    name: 'mapframe',
    literal: true,
    fastReader: 'text',
    block: true,
    examples: [['<mapframe width=200 height=200></mapframe>', '']],
  },
  { name: 'maplink', literal: true, fastReader: 'text', examples: [['<maplink>{}</maplink>', '']] },
  { name: 'hiero', literal: true, fastReader: 'text', examples: [['<hiero>A1</hiero>', '']] },
  // Read by their extension (styles, images, options, anchors).
  {
    name: 'templatestyles',
    fastReader: 'text',
    block: true,
    examples: [['<templatestyles src="X/styles.css" />', '']],
  },
  { name: 'imagemap', fastReader: 'text', block: true, examples: [['<imagemap>\nImage:A.jpg\n</imagemap>', '']] },
  { name: 'categorytree', fastReader: 'text', block: true, examples: [['<categorytree>Battles</categorytree>', '']] },
  { name: 'charinsert', fastReader: 'text', examples: [['<charinsert>á</charinsert>', '']] },
  { name: 'inputbox', fastReader: 'text', block: true, examples: [['<inputbox>\ntype=search\n</inputbox>', '']] },
  { name: 'section', fastReader: 'text', examples: [['<section begin=a />', '']] },
  { name: 'phonos', fastReader: 'text', examples: [['<phonos ipa="a" />', '']] },
];

function namesWhere(test: (tag: ExtensionTagEntry) => boolean): ReadonlySet<string> {
  return new Set(EXTENSION_TAGS.filter(test).map((tag) => tag.name));
}

/** Tags whose content is literal text: never searched for refs, templates or stray markup. */
export const LITERAL_EXTENSION_TAGS = namesWhere((tag) => tag.literal === true);
/** Tags whose content the fast reader walks as wikitext. */
export const FAST_READER_WALKED_TAGS = namesWhere((tag) => tag.fastReader === 'walk');
/** Tags whose content the fast reader keeps as one text node when it holds no markup. */
export const FAST_READER_TEXT_TAGS = namesWhere((tag) => tag.fastReader === 'text');
/** Tags whose content the cleaner prints as lines of text. */
export const CLEANER_TEXT_TAGS = namesWhere((tag) => tag.cleaner === 'text');
/** Tags whose content the cleaner walks in place. */
export const CLEANER_WALKED_TAGS = namesWhere((tag) => tag.cleaner === 'walk');
/** Tags that are not prose: galleries, reference lists, maps, styles. */
export const NON_PROSE_EXTENSION_TAGS = namesWhere((tag) => tag.block === true);
