// Support: the cleaned form of one value — plain text plus side tables anchored at offsets.
// Produced by the clean service (from wikitext) or by the plain reader; consumed by interpret and figures.

/** A span of `text` that was a wiki link; `target` is the page linked to. */
export interface LinkSpan {
  start: number;
  end: number;
  target: string;
}

/** A point in `text` right after which a <ref> stood. */
export interface RefAnchor {
  offset: number;
  id: string;
}

/** A flag template ({{flagicon|France}}) that stood at `offset`; it adds no text. */
export interface FlagAnchor {
  offset: number;
  country: string;
}

/** The start of a line that was a wikitext list item, and its depth (`*` 1, `**` 2, `*:` 2 …). */
export interface ItemAnchor {
  offset: number;
  depth: number;
}

/** A span of `text` that was bold, italic, small, or the title of a collapsible list. */
export interface MarkSpan {
  start: number;
  end: number;
  kind: 'bold' | 'italic' | 'small' | 'title';
}

export interface CleanValue {
  /** Plain text; line breaks (<br>, list items, list templates) as '\n'; each line trimmed; no empty lines. */
  text: string;
  links: LinkSpan[];
  refs: RefAnchor[];
  flags: FlagAnchor[];
  marks: MarkSpan[];
  /** Lines that were list items, so nesting survives the markers' removal. */
  items: ItemAnchor[];
}

/** A CleanValue for text that holds no markup. */
export function plainValue(text: string): CleanValue {
  return { text, links: [], refs: [], flags: [], marks: [], items: [] };
}
