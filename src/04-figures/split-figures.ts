// Stage 4 (figures): a casualties or strength value → Figure[] — lines, headers, items, rules, then clean-up passes.
import type { CleanValue } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';
import type { Figure } from '../model/figure.js';
import { attachRefs } from './passes/attach-refs.js';
import { carrySubjects, shareEllipsis } from './passes/carry-subjects.js';
import { dropDuplicates } from './passes/drop-duplicates.js';
import type { FigureEvent, PlacedFigure } from './passes/figure-event.js';
import { scopeAttribution, scopeParties } from './passes/scope-attribution.js';
import { scopeKinds } from './passes/scope-kinds.js';
import { scopePeriods } from './passes/scope-periods.js';
import { findNameNumbers } from './find-name-numbers.js';
import { findPeriods, maskSpans, type Period } from './find-periods.js';
import { indexAtOrBefore } from '../_lib/index-at-or-before.js';
import { MarkIndex } from './_lib/mark-index.js';
import { measureAt } from './_lib/measures.js';
import { isStatus } from './_lib/nouns.js';
import { matchParty, readHeader, readRemark, tidyName, type Remark } from './read-attribution.js';
import { findTotals, type KindVocabulary, kindOfCompound, kindsFor } from './scan-kind.js';
import { readItem, type ItemParts } from './read-item.js';
import { FIGURE_RULES, type FigureDraft, type FigureRule } from './rules/figure-rules.js';
import { scanNumber } from './scan-number.js';
import { splitItems, splitLines, trimSegment, type Segment } from './split-items.js';

export interface SplitOptions {
  /** `casualties` (casualtiesN) or `strength` (strengthN, polstrengthN, milstrengthN). */
  mode: 'casualties' | 'strength';
  /** Names of the article's parties, to recognise a bare `(X)` as an attribution. */
  parties?: readonly string[];
  /** The infobox field, for warnings. */
  field?: string;
}

interface Scan {
  /** The value with its periods blanked out: what the rules read. */
  value: CleanValue;
  /** The value's text as given: what figures quote. */
  original: string;
  /** Dates and periods in the value, in order. */
  periods: readonly Period[];
  periodStarts: Int32Array;
  bold: MarkIndex;
  italic: MarkIndex;
  /** List depth of each list item's first offset. */
  depths: ReadonlyMap<number, number>;
  /** List depth of the line being read. */
  depth: number;
  options: SplitOptions;
  parties: readonly string[];
  /** The kind words: built-in, plus a caller's from createParser. */
  kinds: KindVocabulary;
  events: FigureEvent[];
  placed: PlacedFigure[];
  /** Numbers read as measures (`113,300 tons`): recognised, so their line is not unparsed, but no figure. */
  measures: number;
  /** Numbers read as a figure's breakdown (`(20 released, 2 executed)`): recognised, kept as its detail. */
  details: number;
}

// digits that could be a count: not an ordinal or a label (`1st`, `4b`), a calibre (`100mm`), an attribute (`74-gun`)
const COUNT_LIKE = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d]|-\p{L})/u;

// a leading `Label:` with no digit before the colon: `Per Russia:`, `Anglo-allies: 17,000`, `Killed: 3`
const HEADER = /^([^\d:()\n]{1,80}):/;

/** Runs the rule table on one item; the first rule whose shape matches and whose extract accepts wins. */
export function applyRules(
  parts: ItemParts,
  mode: SplitOptions['mode'],
): { rule: FigureRule; draft: FigureDraft } | null {
  for (const rule of FIGURE_RULES) {
    if (rule.mode !== undefined && rule.mode !== mode) continue;
    const match = rule.pattern.exec(parts.shape);
    if (!match) continue;
    const draft = rule.extract(parts, match);
    if (draft) return { rule, draft };
  }
  return null;
}

interface ItemResult {
  /** A figure or label that ran on after the item's figure, read next. */
  tail: { seg: Segment; label: boolean } | null;
  /** Parentheses holding numbers, read as nested lines. */
  inner: Segment[];
  /** What nested figures inherit from this item's figure. */
  parent: Inherited | null;
  /** Trailing attributions, applied after the nested figures. */
  sources: string[];
}

/** The figure a parenthesis belongs to: its kind, and its noun for a status count (`(402 operational)`). */
interface Inherited {
  kind: Figure['kind'];
  subject: string | null;
  figure: Figure;
  /** The largest count the figure allows; a parenthesis of counts no larger breaks it down. */
  limit: number | null;
  /** The parenthesis being read, once known. */
  group?: Segment;
}

type Task =
  | { type: 'line'; seg: Segment; inherit: Inherited | null; nested: boolean; depth: number }
  | { type: 'item'; seg: Segment; inherit: Inherited | null; depth: number }
  | { type: 'sources'; names: string[] };

// parentheses inside parentheses are read two levels deep at most
const MAX_DEPTH = 2;

/**
 * A status adjective alone (`402 operational`) names no subject: inside a figure's parenthesis it qualifies that
 * figure's noun (`operational aircraft`), elsewhere the subject is null.
 */
function statusSubject(subject: string | null, parent: Inherited | null): string | null {
  if (subject === null || !isStatus(subject)) return subject;
  return parent?.subject ? `${subject} ${parent.subject}` : null;
}

/** Reads one item into a figure; returns what is left to read (run-on tail, parentheses, attributions). */
function scanItem(scan: Scan, item: Segment, line: number, inherit: Inherited | null): ItemResult {
  const parts = readItem(item, scan.original.slice(item.start, item.end), scan.kinds);
  const hit = applyRules(parts, scan.options.mode);
  const result: ItemResult = { tail: null, inner: parts.inner, parent: null, sources: [] };
  const remarks = [...parts.remarks];
  let figure: Figure | null = null;
  // a measured quantity (`113,300 tons sunk`, `1,000 tons of supplies captured`) counts no things: no figure
  if (hit && measureAt(parts.text, hit.draft.number.end) !== null) {
    scan.measures++;
    return result;
  }
  if (hit) {
    const { draft, rule } = hit;
    const n = draft.number.number!;
    // `31 captured (20 released, 2 executed)`, `5,446 aircraft (4,020 operational)`: counts inside a figure's
    // parenthesis that are no larger than it break it down — its detail, not figures of their own
    const top = n.max ?? n.min;
    if (inherit?.group && inherit.limit !== null && top !== null && top <= inherit.limit) {
      inherit.figure.detail ??= scan.original.slice(inherit.group.start, inherit.group.end).trim();
      scan.details++;
      return result;
    }
    const namedKind = parts.shape.includes('K');
    const kind = inherit !== null && !namedKind && draft.kind === 'casualties' ? inherit.kind : draft.kind;
    figure = {
      kind,
      min: n.min,
      max: n.max,
      approximate: n.approximate,
      subject: statusSubject(draft.subject, inherit),
      source: null,
      party: null,
      total: draft.total,
      period: null,
      phase: null,
      detail: null,
      refs: [],
      text: scan.original.slice(item.start, item.end),
      rule: rule.id,
    };
    result.parent = { kind, subject: figure.subject, figure, limit: n.max ?? n.min };
    const placed: PlacedFigure = { figure, line, start: item.start + n.start, end: item.end, namedKind };
    scan.placed.push(placed);
    scan.events.push({ type: 'figure', placed });
    const lastToken = parts.tokens[draft.last];
    // `4 killed 10 wounded`: a second number with its own kind right after the first figure is another item;
    // `3,300 missing Prussians: 7,000`: a label and its number run on after the figure start a new line
    const rest = parts.shape.slice(draft.last + 1);
    const label = /^w{1,4}:N/.test(rest);
    if (lastToken && (label || /^N[wN]{0,3}K/.test(rest))) {
      const next = parts.tokens[draft.last + 1]!;
      const tail = trimSegment(item.text, next.start, item.text.length, item.start);
      if (tail) {
        placed.end = item.start + lastToken.end;
        figure.text = scan.original.slice(item.start, placed.end);
        figure.period = periodIn(scan, item.start, placed.end);
        return { tail: { seg: tail, label }, inner: [], parent: result.parent, sources: [] };
      }
    }
    figure.period = periodIn(scan, item.start, item.end);
    // a trailing `per X` / `according to X` after the figure's words
    if (lastToken) remarks.unshift(parts.text.slice(lastToken.end));
  }
  for (const r of remarks) {
    const remark = readRemark(r, scan.parties, scan.kinds);
    if (remark.type === 'approximate' && figure) figure.approximate = true;
    // outside parentheses only a marked remark (`per X`) is an attribution
    else if (remark.type === 'source' && (remark.marked || parts.remarks.includes(r))) result.sources.push(remark.name);
  }
  return result;
}

/** The first period written in `[start, end)` of the value, or null. */
function periodIn(scan: Scan, start: number, end: number): string | null {
  if (scan.periods.length === 0) return null;
  let i = indexAtOrBefore(scan.periodStarts, start);
  if (scan.periods[i]!.end <= start) i++;
  const p = scan.periods[i];
  return p && p.start < end ? p.text : null;
}

/** Every period written in `[start, end)`, joined, or null. */
function periodsIn(scan: Scan, start: number, end: number): string | null {
  const found: string[] = [];
  if (scan.periods.length === 0) return null;
  for (
    let i = indexAtOrBefore(scan.periodStarts, start);
    i < scan.periods.length && scan.periods[i]!.start < end;
    i++
  ) {
    if (scan.periods[i]!.end > start) found.push(scan.periods[i]!.text);
  }
  return found.length > 0 ? found.join(', ') : null;
}

/**
 * Emits what a header's label names: a source, party, phase, category or nothing. `item` is the list depth of a
 * label written before a figure on its own line (`* Nassau: 3,000`), which names that item's party only.
 */
function pushLabel(scan: Scan, label: Remark, item?: number): void {
  if (label.type === 'source') scan.events.push({ type: 'source', name: label.name, scope: 'forward' });
  else if (label.type === 'party')
    scan.events.push(
      item === undefined ? { type: 'party', name: label.name } : { type: 'party', name: label.name, item },
    );
  else if (label.type === 'phase') scan.events.push({ type: 'phase', name: label.name });
  else if (label.type === 'category') scan.events.push({ type: 'break' });
}

/** Reads a `Label:` header at the start of a line; returns the rest of the line. */
function readLineHeader(scan: Scan, seg: Segment): Segment | null {
  const header = HEADER.exec(seg.text);
  if (!header) return seg;
  const period = periodsIn(scan, seg.start, seg.start + header[0].length);
  if (period !== null) scan.events.push({ type: 'period', name: period, scope: 'forward' });
  const label = readHeader(
    header[1]!,
    scan.parties,
    period !== null,
    isItalic(scan, seg.start, seg.start + header[1]!.length),
    scan.kinds,
  );
  pushLabel(scan, label, scan.depth);
  return label.type === 'none' && period === null
    ? seg
    : trimSegment(seg.text, header[0].length, seg.text.length, seg.start);
}

/**
 * Reads a line with numbers — header, items, run-on tails, nested parentheses — with an explicit work stack,
 * so deep nesting cannot overflow the call stack. Returns the number of figures made (measures included).
 */
function scanLine(scan: Scan, seg: Segment, line: number): number {
  const before = scan.placed.length + scan.measures + scan.details;
  const work: Task[] = [{ type: 'line', seg, inherit: null, nested: false, depth: 0 }];
  for (let task = work.pop(); task; task = work.pop()) {
    if (task.type === 'sources') {
      for (const name of task.names) scan.events.push({ type: 'source', name, scope: 'back' });
    } else if (task.type === 'line') {
      const body = task.nested ? task.seg : readLineHeader(scan, task.seg);
      if (!body) continue;
      const items = splitItems(body, scan.kinds);
      for (let i = items.length - 1; i >= 0; i--)
        work.push({ type: 'item', seg: items[i]!, inherit: task.inherit, depth: task.depth });
    } else {
      const r = scanItem(scan, task.seg, line, task.inherit);
      if (r.tail) {
        work.push(
          r.tail.label
            ? { type: 'line', seg: r.tail.seg, inherit: task.inherit, nested: false, depth: task.depth }
            : { type: 'item', seg: r.tail.seg, inherit: task.inherit, depth: task.depth },
        );
        continue;
      }
      if (r.sources.length > 0) work.push({ type: 'sources', names: r.sources });
      if (task.depth >= MAX_DEPTH) continue;
      for (let i = r.inner.length - 1; i >= 0; i--) {
        const group = r.inner[i]!;
        work.push({
          type: 'line',
          seg: group,
          inherit: r.parent && { ...r.parent, group },
          nested: true,
          depth: task.depth + 1,
        });
      }
    }
  }
  return scan.placed.length + scan.measures + scan.details - before;
}

/** A line with no number: a remark (`(per France)`), a header (`Per the army:`), a flagged name, or nothing. */
function scanRemarkLine(scan: Scan, seg: Segment, flagged: boolean): void {
  // a period's blanks, and the brackets they leave empty, are no part of a label
  const text = seg.text
    .replace(/^[;:]\s*/, '')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parenthesised = /^\(.*\)$/s.test(text);
  const header = /:$/.test(text);
  const pending = scan.placed.length > 0;
  const period = periodsIn(scan, seg.start, seg.end);
  if (period !== null) {
    // `1914–1916:` heads the lines below it; a line that is only `(1937–1945)` closes the figures above it
    const only = /^[\s:;,.'"()\-–]*$/.test(text);
    scan.events.push({
      type: 'period',
      name: period,
      scope: only && !header && pending && /^\(/.test(seg.text.trim()) ? 'back' : 'forward',
    });
    if (only) return;
  }
  if (parenthesised) {
    const remark = readRemark(text.slice(1, -1), scan.parties, scan.kinds);
    if (remark.type === 'source') scan.events.push({ type: 'source', name: remark.name, scope: 'back' });
    return;
  }
  const remark = readRemark(text, scan.parties, scan.kinds);
  if (remark.type === 'source' && remark.marked) {
    scan.events.push({ type: 'source', name: remark.name, scope: header || !pending ? 'forward' : 'back' });
    return;
  }
  // a flag already named the party of a flagged name line
  if (flagged || (!header && !isBoldLine(scan, seg))) return;
  const kindHeader = readKindHeader(text.replace(/:$/, ''), scan.kinds);
  if (kindHeader) {
    scan.events.push(kindHeader);
    return;
  }
  pushLabel(
    scan,
    readHeader(text.replace(/:$/, ''), scan.parties, period !== null, isItalic(scan, seg.start, seg.end), scan.kinds),
  );
}

/** A header that is a kind with at most a few words before it (`Civilian deaths`, `Killed`), or null. */
function readKindHeader(label: string, vocabulary: KindVocabulary): Extract<FigureEvent, { type: 'kind' }> | null {
  const text = tidyName(label);
  const kinds = vocabulary.find(text);
  if (kinds.length !== 1 || text.length > 60) return null;
  const k = kinds[0]!;
  // the kind ends the label (`Chinese civilian deaths`); `Killed in the first assault` is a remark, not a header
  if (text.slice(k.end).trim() !== '') return null;
  const before = text.slice(0, k.start).trim();
  if (before.split(/\s+/).length > 3 || findTotals(before).length > 0) return null;
  return { type: 'kind', kind: kindOfCompound(k.kinds, false), subject: before === '' ? null : before };
}

/** True when a bold (or list-title) mark covers the line's visible text. */
function isBoldLine(scan: Scan, seg: Segment): boolean {
  const { start, end } = visible(scan.original, seg.start, seg.end);
  return scan.bold.covers(start, end);
}

/** True when italics cover the label's visible text: a work's title or an author (`''Annales regni Francorum'':`). */
function isItalic(scan: Scan, start: number, end: number): boolean {
  const v = visible(scan.original, start, end);
  return v.start < v.end && scan.italic.covers(v.start, v.end);
}

/** `[start, end)` without the spaces, colons and list marks around its words. */
function visible(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s:;*#]/.test(text.charAt(s))) s++;
  while (e > s && /[\s:;]/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * Splits a casualties or strength value into figures with kind, bounds, subject, source, party and refs.
 * @example splitFigures(plainValue('3 civilians killed, 3 injured (per MNLA)'), { mode: 'casualties' })
 * // → killed 3 and wounded 3, both subject `civilians`, source `MNLA`
 */
export function splitFigures(given: CleanValue, options: SplitOptions, ctx?: Context): Figure[] {
  // dates and periods qualify figures and names name things: neither is read as a count
  const periods = findPeriods(given.text);
  const names = findNameNumbers(given.text, given.links);
  // a name's digits become letters, so `ft-17` stays one word (blanked, `ft` would read as feet)
  const value =
    periods.length === 0 && names.length === 0
      ? given
      : { ...given, text: maskSpans(maskSpans(given.text, periods), names, 'x') };
  const scan: Scan = {
    value,
    original: given.text,
    periods,
    periodStarts: Int32Array.from(periods, (p) => p.start),
    bold: new MarkIndex(given.marks, ['bold', 'title']),
    italic: new MarkIndex(given.marks, ['italic']),
    depths: new Map(given.items.map((i) => [i.offset, i.depth])),
    depth: 0,
    options,
    parties: options.parties ?? [],
    kinds: kindsFor(ctx?.extension),
    events: [],
    placed: [],
    measures: 0,
    details: 0,
  };
  // lines are cut on the text as written, so a blanked period stays inside its line's span
  const lines =
    value === given
      ? splitLines(given.text)
      : splitLines(given.text).map((l) => ({ ...l, text: value.text.slice(l.start, l.end) }));
  // flags sorted by offset, so each line takes its own by binary search (a filter per line is lines × flags)
  const flagList = [...value.flags].sort((a, b) => a.offset - b.offset);
  const flagStarts = Int32Array.from(flagList, (f) => f.offset);
  lines.forEach((seg, index) => {
    scan.depth = scan.depths.get(seg.start) ?? 0;
    scan.events.push({ type: 'line', depth: scan.depth });
    const flags = flagsWithin(flagList, flagStarts, seg.start, seg.end);
    const flagOffsets = Int32Array.from(flags, (f) => f.offset);
    const before = scan.placed.length;
    const unparsed = (): void =>
      ctx?.warn(
        'unparsed-figure',
        `No figure read from "${given.text.slice(seg.start, seg.end).slice(0, 80)}".`,
        options.field,
      );
    if (!scanNumber(seg.text)) {
      if (flags.length > 0)
        scan.events.push({ type: 'party', name: matchParty(flags[0]!.country, scan.parties) ?? flags[0]!.country });
      scanRemarkLine(scan, seg, flags.length > 0);
      // fractions ("5/6 longbowmen") are shares, not counts: they alone make no unread figure
      if (COUNT_LIKE.test(seg.text.replace(/(?<!\d)\d+[/⁄]\d+/g, ''))) unparsed();
      return;
    }
    const made = scanLine(scan, seg, index);
    if (made === 0 && COUNT_LIKE.test(seg.text)) {
      unparsed();
    }
    // a flag before a figure names its party
    for (const p of scan.placed.slice(before)) {
      const flag =
        flags.length > 0 && flagOffsets[0]! <= p.start ? flags[indexAtOrBefore(flagOffsets, p.start)] : undefined;
      if (flag) p.figure.party = matchParty(flag.country, scan.parties) ?? flag.country;
    }
    if (made === 0 && flags.length > 0) scan.events.push({ type: 'party', name: flags[0]!.country });
  });

  const placed = dropDuplicates(scan.placed);
  const kept = new Set(placed);
  const events = scan.events.filter((e) => e.type !== 'figure' || kept.has(e.placed));
  scopeAttribution(events);
  scopeParties(events);
  scopePeriods(events);
  if (options.mode === 'casualties') scopeKinds(events);
  shareEllipsis(placed);
  carrySubjects(events);
  attachRefs(placed, value.refs, lines);
  return placed.map((p) => p.figure);
}

/** The flags with `start ≤ offset ≤ end`, from flags sorted by offset (`starts` holds their offsets). */
function flagsWithin<T>(sorted: readonly T[], starts: Int32Array, start: number, end: number): T[] {
  if (sorted.length === 0 || starts[starts.length - 1]! < start) return [];
  let i = starts[0]! >= start ? 0 : indexAtOrBefore(starts, start - 1) + 1;
  const out: T[] = [];
  for (; i < sorted.length && starts[i]! <= end; i++) out.push(sorted[i]!);
  return out;
}
