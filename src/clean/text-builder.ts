// Clean service: build a CleanValue's text incrementally, normalising whitespace as it goes,
// so that link/mark spans and ref/flag anchors point at offsets of the final text.
import type { CleanValue, FlagAnchor, ItemAnchor, LinkSpan, MarkSpan, RefAnchor } from '../_lib/clean-value.js';

/** An open span; `start` stays -1 until its first visible character is written. */
export interface SpanHandle {
  start: number;
  end: number;
}

/** A pending position: where the next visible character will go. */
interface Waiting {
  start: number;
}

/**
 * Accumulates plain text: runs of spaces collapse to one, lines are trimmed, empty lines vanish.
 * Separators are written lazily (only when visible text follows), which is what keeps offsets exact.
 * @example const b = new TextBuilder(); b.text(' a  b '); b.lineBreak(); b.text('c'); b.finish().text // → 'a b\nc'
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private len = 0;
  private pendingSpace = false;
  private pendingBreak = false;
  /** Newlines seen in the current whitespace run: a blank line is a paragraph break. */
  private newlines = 0;
  /** Spans and flags waiting for the next visible character to learn their offset. */
  private waiting: Waiting[] = [];
  private readonly links: Array<LinkSpan & SpanHandle> = [];
  private readonly marks: Array<MarkSpan & SpanHandle> = [];
  private readonly refs: RefAnchor[] = [];
  private readonly flags: Array<FlagAnchor & { pending: Waiting }> = [];
  private readonly items: Array<ItemAnchor & { pending: Waiting }> = [];

  /** Appends raw text (entities already decoded); whitespace is normalised. */
  text(s: string): void {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      const kind = classify(c);
      if (kind === CharKind.Space) {
        this.pendingSpace = true;
        if (c === 10) {
          this.newlines += 1;
          if (this.newlines >= 2) this.pendingBreak = true;
        }
        i += 1;
      } else if (kind === CharKind.Invisible) {
        i += 1;
      } else {
        // Words joined by single plain spaces go out as one chunk: the same text as word by word, in one write.
        VISIBLE_RUN.lastIndex = i;
        const run = VISIBLE_RUN.exec(s)![0];
        this.write(run);
        i += run.length;
      }
    }
  }

  /** Ends the current line (a no-op at the very start, so there are never empty lines). */
  lineBreak(): void {
    this.pendingBreak = true;
    this.newlines = 0;
  }

  /** Opens a span; it starts at the next visible character. */
  openSpan(): SpanHandle {
    const handle: SpanHandle = { start: -1, end: -1 };
    this.waiting.push(handle);
    return handle;
  }

  /** Closes a link span; spans with no visible text are dropped. */
  closeLink(handle: SpanHandle, target: string): void {
    if (this.close(handle)) this.links.push({ start: handle.start, end: handle.end, target });
  }

  /** Closes a mark span; spans with no visible text are dropped. */
  closeMark(handle: SpanHandle, kind: MarkSpan['kind']): void {
    if (this.close(handle)) this.marks.push({ start: handle.start, end: handle.end, kind });
  }

  /** Anchors a reference right after the text written so far. */
  ref(id: string): void {
    this.refs.push({ offset: this.len, id });
  }

  /** Anchors a flag at the next visible character (a flag belongs to what follows it). */
  flag(country: string): void {
    const pending: Waiting = { start: -1 };
    this.waiting.push(pending);
    this.flags.push({ offset: -1, country, pending });
  }

  /** Marks the next line as a list item of `depth` (anchored at its first visible character). */
  listItem(depth: number): void {
    const pending: Waiting = { start: -1 };
    this.waiting.push(pending);
    this.items.push({ offset: -1, depth, pending });
  }

  /** The finished value; spans are sorted by start (outer before inner). */
  finish(): CleanValue {
    for (const w of this.waiting) w.start = this.len;
    this.waiting = [];
    const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
      a.start - b.start || b.end - a.end;
    return {
      text: this.parts.join(''),
      links: this.links.map(({ start, end, target }) => ({ start, end, target })).sort(byStart),
      refs: this.refs,
      flags: this.flags.map(({ country, pending }) => ({ offset: pending.start, country })),
      marks: this.marks.map(({ start, end, kind }) => ({ start, end, kind })).sort(byStart),
      // an item with no text of its own starts where the next text does; the deeper one names that line
      items: this.items
        .map(({ depth, pending }) => ({ offset: pending.start, depth }))
        .filter((item, i, all) => all[i + 1]?.offset !== item.offset),
    };
  }

  private write(chunk: string): void {
    if (this.len > 0) {
      if (this.pendingBreak) this.push('\n');
      else if (this.pendingSpace) this.push(' ');
    }
    this.pendingBreak = false;
    this.pendingSpace = false;
    this.newlines = 0;
    if (this.waiting.length > 0) {
      for (const w of this.waiting) w.start = this.len;
      this.waiting = [];
    }
    this.push(chunk);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  private close(handle: SpanHandle): boolean {
    // an empty span stays in `waiting` (its start is set later and never read): a search to remove it would be
    // linear per span, quadratic on many empty spans in a row
    if (handle.start < 0) return false;
    handle.end = this.len;
    return handle.end > handle.start;
  }
}

/** Character classes for the whitespace collapse. */
const CharKind = { Visible: 0, Space: 1, Invisible: 2 } as const;
type CharKind = (typeof CharKind)[keyof typeof CharKind];

/** Visible characters, and single plain spaces between them (sticky); must agree with classify. */
const VISIBLE_RUN =
  /[^ \t\n\r\f\u00a0\u202f\u3000\u2000-\u200a\u00ad\u200b-\u200f\u2060\ufeff]+(?: [^ \t\n\r\f\u00a0\u202f\u3000\u2000-\u200a\u00ad\u200b-\u200f\u2060\ufeff]+)*/y;

/** Spaces (incl. no-break and typographic spaces) collapse; zero-width and direction marks vanish. */
function classify(c: number): CharKind {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x202f || c === 0x3000)
    return CharKind.Space;
  if (c === 0xad) return CharKind.Invisible;
  if (c < 0x200) return CharKind.Visible;
  if (c >= 0x2000 && c <= 0x200a) return CharKind.Space;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x2060 || c === 0xfeff)
    return CharKind.Invisible;
  return CharKind.Visible;
}
