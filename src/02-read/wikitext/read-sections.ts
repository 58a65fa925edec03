// Stage 2 (read, wikitext): the page's top level → lead paragraphs and flat sections of plain paragraphs.
import {
  isHeading,
  isTemplate,
  isText,
  type WikiElement,
  type WikiHeading,
  type WikiNode,
} from '../../wikitext/wiki-node.js';
import type { Context } from '../../_lib/context.js';
import type { FlatSection } from '../../_lib/section-tree.js';
import { cleanNode } from '../../clean/clean-node.js';
import { NON_PROSE_EXTENSION_TAGS } from '../../wikitext/_data/extension-tags.js';
import { NON_PROSE_TEMPLATES, NOT_LANGUAGE_PREFIXES, PROSE_BLOCK_TEMPLATES } from '../_data/paragraph-blocks.js';
import { isNonProseSection } from './is-non-prose-section.js';
import { createNameMatcher } from '../../wikitext/template-name.js';

const matchProseBlock = createNameMatcher(PROSE_BLOCK_TEMPLATES);
const matchNonProseTemplate = createNameMatcher(NON_PROSE_TEMPLATES);
const NOT_LANGUAGE = new Set(NOT_LANGUAGE_PREFIXES);
const LANGUAGE_PREFIX = /^(?:[a-z]{2,3}(?:-[a-z]{2,8})*|simple)\s*:/;

export interface ReadSectionsResult {
  lead: string[];
  sections: FlatSection[];
}

/**
 * How an item of a line counts towards prose. neutral: whitespace, comments (neither prose nor a break);
 * invisible: files, categories, __TOC__ (dropped silently, they are not in the text flow); block: tables,
 * galleries, boxes, rules (dropped, and they end the paragraph); template: a template or magic word (prose
 * inline, not prose when it fills a line on its own); prose: everything else.
 */
type Kind = 'neutral' | 'invisible' | 'block' | 'template' | 'prose';

/**
 * Splits the page's top-level nodes into lines, drops what is not prose (see _data/paragraph-blocks.ts),
 * groups lines into paragraphs at blank lines and cleans each paragraph with cleanNode. Headings open
 * sections; apparatus sections (References …) and their subsections are skipped without being cleaned.
 * @example readSections(Parser.parse('Lead.\n\n== A ==\nText.'), null, ctx, () => null).lead // ['Lead.']
 */
export function readSections(
  root: WikiElement,
  infobox: WikiElement | null,
  ctx: Context,
  onRef: (footnote: WikiElement) => string | null,
): ReadSectionsResult {
  const reader = new SectionReader(root, ctx, onRef);
  for (const node of root.childNodes) {
    if (isText(node)) {
      const data = node.data;
      if (!data.includes('\n')) {
        reader.pushItem(node, data.trim() === '' ? 'neutral' : 'prose');
        continue;
      }
      const pieces = data.split('\n');
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!;
        if (piece !== '') reader.pushItem(root.createTextNode(piece), piece.trim() === '' ? 'neutral' : 'prose');
        if (i < pieces.length - 1) reader.endLine();
      }
    } else if (isHeading(node)) {
      reader.endLine();
      reader.openSection(node);
    } else {
      reader.pushItem(node, node === infobox ? 'block' : kindOf(node));
    }
  }
  reader.endLine();
  reader.flushParagraph();
  return { lead: reader.lead, sections: reader.sections };
}

/**
 * The state of one readSections pass: the line being read, the paragraph it joins and the section that takes it.
 * A class, not closures inside readSections: V8 compiles each new closure's optimised code anew, so closures made
 * per article were compiled again on every long article (a quarter of a warm worker's compile time).
 */
class SectionReader {
  readonly lead: string[] = [];
  readonly sections: FlatSection[] = [];
  private target: string[] | null = this.lead;
  private skipLevel = 0;
  private paragraph: WikiNode[] = [];
  private line: WikiNode[] = [];
  private lineKinds: Kind[] = [];
  /** Prose headings on the page (see openSection). */
  private readonly proseHeadings: number;

  constructor(
    private readonly root: WikiElement,
    private readonly ctx: Context,
    private readonly onRef: (footnote: WikiElement) => string | null,
  ) {
    // Apparatus stands after the body (MOS:ORDER): a first heading titled like apparatus ("Sources" on the
    // ancient historians) that prose sections follow is the body's opening, not a bibliography.
    this.proseHeadings = root.childNodes.filter((n) => isHeading(n) && !isNonProseSection(String(n.firstChild))).length;
  }

  pushItem(node: WikiNode, kind: Kind): void {
    this.line.push(node);
    this.lineKinds.push(kind);
  }

  flushParagraph(): void {
    if (this.paragraph.length > 0 && this.target !== null) {
      const text = cleanNode(this.paragraph, this.ctx, { onRef: this.onRef, onFootnote: this.onRef }).text;
      if (text !== '') this.target.push(text);
    }
    this.paragraph = [];
  }

  endLine(): void {
    const { line, lineKinds } = this;
    const verdict = judgeLine(line, lineKinds);
    if (verdict === 'prose') {
      if (this.paragraph.length > 0) this.paragraph.push(this.root.createTextNode('\n'));
      for (let i = 0; i < line.length; i++)
        if (lineKinds[i] !== 'invisible' && lineKinds[i] !== 'block') this.paragraph.push(line[i]!);
    } else if (verdict === 'break') this.flushParagraph();
    this.line = [];
    this.lineKinds = [];
  }

  openSection(heading: WikiHeading): void {
    this.flushParagraph();
    const level = heading.level;
    if (this.target === null && level > this.skipLevel) return;
    const title = cleanNode(heading.firstChild, this.ctx, { onRef: this.onRef, onFootnote: this.onRef }).text;
    const opensBody = this.sections.length === 0 && this.skipLevel === 0 && this.proseHeadings > 0;
    if (isNonProseSection(title) && !opensBody) {
      this.target = null;
      this.skipLevel = level;
    } else {
      const section: FlatSection = { title, level, paragraphs: [] };
      this.sections.push(section);
      this.target = section.paragraphs;
    }
  }
}

/** 'prose' adds the line to the paragraph, 'break' ends the paragraph, 'skip' drops the line and goes on. */
function judgeLine(line: readonly WikiNode[], kinds: readonly Kind[]): 'prose' | 'break' | 'skip' {
  let prose = false;
  let template = false;
  let block = false;
  let invisible = false;
  for (const k of kinds) {
    if (k === 'prose') prose = true;
    else if (k === 'template') template = true;
    else if (k === 'block') block = true;
    else if (k === 'invisible') invisible = true;
  }
  if (prose) return 'prose';
  if (template) {
    // A line of templates alone is page furniture (hatnotes, navboxes, {{reflist}}) unless one is a quotation.
    const quote = line.some(
      (n, i) => kinds[i] === 'template' && n.type === 'template' && isTemplate(n) && matchProseBlock(n.name),
    );
    return quote ? 'prose' : 'break';
  }
  if (block) return 'break';
  if (invisible) return 'skip';
  // Only whitespace (a blank line) breaks; a line of comments alone vanishes, as in MediaWiki.
  return line.some((n) => n.type === 'comment') ? 'skip' : 'break';
}

function kindOf(node: WikiNode): Kind {
  switch (node.type) {
    case 'comment':
      return 'neutral';
    case 'file':
    case 'category':
    case 'double-underscore':
      return 'invisible';
    case 'table':
    case 'hr':
      return 'block';
    case 'ext':
      return NON_PROSE_EXTENSION_TAGS.has(node.name ?? '') ? 'block' : 'prose';
    case 'template':
      return matchNonProseTemplate(node.name ?? '') ? 'block' : 'template';
    case 'magic-word':
      return 'template';
    case 'link':
      return isLanguageLink(String(node.firstChild)) ? 'invisible' : 'prose';
    default:
      return 'prose';
  }
}

/**
 * True for an interlanguage link target ("ja:…", "zh-min-nan:…"), which MediaWiki moves out of the text.
 * @example isLanguageLink('ja:エル・アラメインの戦い') // true
 */
export function isLanguageLink(target: string): boolean {
  const m = LANGUAGE_PREFIX.exec(target.trim());
  if (!m) return false;
  const prefix = m[0].slice(0, -1).trim();
  return !NOT_LANGUAGE.has(prefix);
}
