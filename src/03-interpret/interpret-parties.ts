// Stage 3 (interpret): a combatant or commander cell → Party[] (one per line, with link, flag, group and qualifier).
import type { CleanValue, LinkSpan } from '../_lib/clean-value.js';
import type { Party } from '../model/party.js';
import { SUPPORT_PHRASES, matchHeader, type LineView } from './_data/group-headers.js';
import { STATUS_SYMBOLS, isQualifierText } from './_data/qualifier-words.js';
import { indexCell } from './index-cell.js';
import { splitLines, type Segment } from './split-lines.js';

export interface PartyOptions {
  /** '' for combatant1/commander1, 'a'–'d' for the extra rows. */
  row: string;
  /** Split lines at ", " too (the plain format). */
  commas: boolean;
}

/** Lines made only of punctuation or symbols ("•", "—", ",") name nobody. */
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]*$/u;

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** The link covering most of the span, if it covers at least half of it or starts where it starts. */
function findLink(links: readonly LinkSpan[], start: number, end: number): string | null {
  let best: { link: LinkSpan; size: number } | null = null;
  for (const link of links) {
    const size = overlap(start, end, link.start, link.end);
    if (size > 0 && (!best || size > best.size)) best = { link, size };
  }
  if (!best) return null;
  return best.size * 2 >= end - start || best.link.start === start ? best.link.target : null;
}

/** The first flag on the segment's line up to its end; a flag anchored on the line break before counts too. */
function findFlag(value: CleanValue, seg: Segment): string | null {
  const onLine = value.flags.find((f) => f.offset >= seg.start && f.offset < seg.end);
  if (onLine) return onLine.country;
  const before = value.flags.find((f) => f.offset >= seg.lineStart - 1 && f.offset < seg.start);
  return before?.country ?? null;
}

function viewOf(value: CleanValue, seg: Segment, last: boolean): LineView {
  const marks = new Set(value.marks.filter((m) => m.start <= seg.start && m.end >= seg.end).map((m) => m.kind));
  const linked = value.links.some((l) => overlap(seg.start, seg.end, l.start, l.end) > 0);
  return { text: seg.text, marks, linked, flagged: findFlag(value, seg) !== null, last };
}

/** A segment wholly in parentheses: "(before 1776)" → "before 1776". */
function wholeParenthesis(text: string): string | null {
  return text.length > 2 && text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : null;
}

/** The start of a trailing parenthesis of `text`, or -1; depth-counted so "(a (b))" opens at the first "(". */
function trailingParenthesis(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** Peels one trailing qualifier off `text` (a status symbol, or a parenthesis that reads as one), or null. */
function peelQualifier(value: CleanValue, seg: Segment, text: string): { name: string; qualifier: string } | null {
  const last = text[text.length - 1] ?? '';
  if (STATUS_SYMBOLS.has(last)) return { name: text.slice(0, -1).trim(), qualifier: last };
  const open = trailingParenthesis(text);
  if (open <= 0) return null;
  const inner = text.slice(open + 1, -1).trim();
  const end = seg.start + text.length;
  const small = value.marks.some((m) => m.kind === 'small' && m.start <= seg.start + open + 1 && m.end >= end - 1);
  const name = text.slice(0, open).trim();
  // "[[Xanthippos|Xanthippus]] ([[Pericles]]' father)": a note after a name that is wholly one link
  const afterLink = value.links.some(
    (l) => l.start <= seg.start && l.end >= seg.start + name.length && l.end <= seg.start + open,
  );
  return inner !== '' && (small || afterLink || isQualifierText(inner)) ? { name, qualifier: inner } : null;
}

/** Splits trailing qualifiers off a name: "Paulus (surrendered)", "Ney †", "Prussia <small>(nominal)</small>". */
function splitQualifier(value: CleanValue, seg: Segment): { name: string; qualifier: string | null } {
  let name = seg.text;
  const found: string[] = [];
  for (let k = 0; k < 3; k++) {
    const peeled = peelQualifier(value, seg, name);
    if (!peeled || peeled.name === '') break;
    name = peeled.name;
    found.unshift(peeled.qualifier);
  }
  return { name, qualifier: found.length > 0 ? found.join('; ') : null };
}

function addQualifier(party: Party, qualifier: string): void {
  party.qualifier = party.qualifier ? `${party.qualifier}; ${qualifier}` : qualifier;
}

/** A part of a segment, as its own segment. */
function slice(seg: Segment, from: number, to: number): Segment {
  const text = seg.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const trimmedText = text.trim();
  return {
    text: trimmedText,
    start: seg.start + from + lead,
    end: seg.start + from + lead + trimmedText.length,
    lineStart: seg.lineStart,
  };
}

/**
 * Where a header that ends a line begins, or -1: "House of Tudor ''Supported by:''" (a single newline in
 * wikitext renders as a space, so the header can share the party's line). The header is a marked span
 * reaching the colon, or a support phrase.
 */
function trailingHeaderStart(value: CleanValue, seg: Segment): number {
  if (!seg.text.endsWith(':')) return -1;
  // A line wholly in bold or italics ("'''Naval Support:'''") is one header, not a party and a header.
  if (value.marks.some((m) => m.kind !== 'title' && m.start <= seg.start && m.end >= seg.end - 1)) return -1;
  const marked = value.marks.find(
    (m) =>
      m.kind !== 'title' &&
      m.start > seg.start &&
      m.start < seg.end - 1 &&
      m.end >= seg.end - 1 &&
      /\s/.test(value.text[m.start - 1] ?? ''),
  );
  if (marked) return marked.start - seg.start;
  const lower = seg.text.slice(0, -1).toLowerCase();
  for (const phrase of SUPPORT_PHRASES) {
    const at = lower.length - phrase.length;
    if (at > 0 && lower.endsWith(phrase) && lower[at - 1] === ' ') return at;
  }
  return -1;
}

/** Splits a segment holding a party and a trailing header into the two. */
function splitTrailingHeader(value: CleanValue, seg: Segment): Segment[] {
  const at = trailingHeaderStart(value, seg);
  return at > 0 ? [slice(seg, 0, at), slice(seg, at, seg.text.length)] : [seg];
}

/**
 * Splits a line at each flag that starts a new name after another: a single newline in wikitext renders as a
 * space, so "{{flag|Dutch Republic}}\n{{flagicon|Denmark}} Danish Auxiliary Corps" is one line with two flagged
 * parties. A flag inside parentheses, or followed by no name ("France {{flagicon|France}} (nominal)"), stays.
 */
function splitAtFlags(value: CleanValue, seg: Segment): Segment[] {
  const offsets = value.flags.map((f) => f.offset - seg.start).filter((at) => at > 0 && at < seg.text.length);
  if (offsets.length === 0) return [seg];
  offsets.sort((a, b) => a - b);
  const out: Segment[] = [];
  let from = 0;
  let depth = 0;
  let scanned = 0;
  for (const at of offsets) {
    for (; scanned < at; scanned++) {
      const ch = seg.text[scanned];
      if (ch === '(' || ch === '[') depth++;
      else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    }
    if (depth > 0 || !NAME_START.test(seg.text.slice(at, at + 2)) || !HAS_LETTER.test(seg.text.slice(from, at)))
      continue;
    out.push(slice(seg, from, at));
    from = at;
  }
  out.push(slice(seg, from, seg.text.length));
  return out;
}

/** What a name after a flag starts with (a letter or digit, after blanks). */
const NAME_START = /^\s?[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;

/** Drops list bullets before a name and stray separators after it ("Athens,"). */
function tidyName(seg: Segment): Segment {
  const lead = /^[•·*▪◦‣]\s*/u.exec(seg.text)?.[0].length ?? 0;
  let tail = 0;
  while (tail < seg.text.length - lead && /[,;]/.test(seg.text[seg.text.length - 1 - tail]!)) tail++;
  return lead === 0 && tail === 0 ? seg : slice(seg, lead, seg.text.length - tail);
}

/**
 * Reads the parties of one cell: a line per party; header lines ("Supported by:") set the `group` of the
 * parties below them; a line "(before 1776)" or a trailing qualifier in small type becomes the `qualifier`.
 * @example interpretParties(plainValue('Mali\nSupported by:\nFrance'), { row: '', commas: false }).map((p) => [p.name, p.group])
 * // [['Mali', null], ['France', 'Supported by']]
 */
export function interpretParties(value: CleanValue, options: PartyOptions): Party[] {
  const index = indexCell(value);
  const segments = splitLines(value.text, options.commas)
    .flatMap((seg) => splitAtFlags(index.local(seg.start), seg))
    .flatMap((seg) => splitTrailingHeader(index.local(seg.start), seg))
    .map(tidyName)
    .filter((s) => !ONLY_PUNCTUATION.test(s.text));
  const parties: Party[] = [];
  let group: string | null = null;
  segments.forEach((seg, i) => {
    const local = index.local(seg.start);
    const previous = parties[parties.length - 1];
    const inParens = wholeParenthesis(seg.text);
    if (inParens !== null && previous) {
      addQualifier(previous, inParens);
      return;
    }
    if (matchHeader(viewOf(local, seg, i === segments.length - 1))) {
      group = seg.text.replace(/[:：]$/, '').trim();
      return;
    }
    const { name, qualifier } = splitQualifier(local, seg);
    parties.push({
      name,
      link: findLink(local.links, seg.start, seg.start + name.length),
      flag: findFlag(local, seg),
      row: options.row,
      group,
      qualifier,
    });
  });
  return parties;
}

/**
 * Reads a units cell: its lines (and, for the plain format, comma-separated items), without punctuation-only lines.
 * @example interpretUnits(plainValue('Army of the Potomac'), false) // ['Army of the Potomac']
 */
export function interpretUnits(value: CleanValue, commas: boolean): string[] {
  return splitLines(value.text, commas)
    .map((s) => s.text)
    .filter((t) => !ONLY_PUNCTUATION.test(t));
}
