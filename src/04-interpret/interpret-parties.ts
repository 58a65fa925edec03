// Stage 4 (interpret): a combatant or commander cell → Party[] (one per line, with link, flag, group and qualifier).
import type { CleanValue, LinkSpan } from '../_lib/clean-value.js';
import type { Party } from '../model/party.js';
import { matchHeader, type LineView } from './_data/group-headers.js';
import { isQualifierText } from './_data/qualifier-words.js';
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

/** Splits a trailing parenthesis off a name when it reads as a qualifier or is in small type. */
function splitQualifier(value: CleanValue, seg: Segment): { name: string; qualifier: string | null } {
  const text = seg.text;
  if (!text.endsWith(')')) return { name: text, qualifier: null };
  let depth = 0;
  let open = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0) return { name: text, qualifier: null };
  const inner = text.slice(open + 1, -1).trim();
  const small = value.marks.some((m) => m.kind === 'small' && m.start <= seg.start + open + 1 && m.end >= seg.end - 1);
  const name = text.slice(0, open).trim();
  if (name === '' || inner === '' || !(small || isQualifierText(inner))) return { name: text, qualifier: null };
  return { name, qualifier: inner };
}

function addQualifier(party: Party, qualifier: string): void {
  party.qualifier = party.qualifier ? `${party.qualifier}; ${qualifier}` : qualifier;
}

/**
 * Reads the parties of one cell: a line per party; header lines ("Supported by:") set the `group` of the
 * parties below them; a line "(before 1776)" or a trailing qualifier in small type becomes the `qualifier`.
 * @example interpretParties(plainValue('Mali\nSupported by:\nFrance'), { row: '', commas: false }).map((p) => [p.name, p.group])
 * // [['Mali', null], ['France', 'Supported by']]
 */
export function interpretParties(value: CleanValue, options: PartyOptions): Party[] {
  const segments = splitLines(value.text, options.commas).filter((s) => !ONLY_PUNCTUATION.test(s.text));
  const parties: Party[] = [];
  let group: string | null = null;
  segments.forEach((seg, i) => {
    const previous = parties[parties.length - 1];
    const inParens = wholeParenthesis(seg.text);
    if (inParens !== null && previous) {
      addQualifier(previous, inParens);
      return;
    }
    if (matchHeader(viewOf(value, seg, i === segments.length - 1))) {
      group = seg.text.replace(/[:：]$/, '').trim();
      return;
    }
    const { name, qualifier } = splitQualifier(value, seg);
    parties.push({
      name,
      link: findLink(value.links, seg.start, seg.start + name.length),
      flag: findFlag(value, seg),
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
