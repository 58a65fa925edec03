// Stage 4 (figures): read a remark or header — `(per Mali)`, `(Israeli claim)`, `Per Russia:`, `Anglo-allies:` — into a source, party or note.
import { stickyWords } from './_lib/compile-words.js';
import {
  APPROXIMATE_REMARKS,
  PLAIN_ADJECTIVES,
  REMARK_OPENERS,
  SOURCE_NOUNS,
  SOURCE_PREFIXES,
  SOURCE_SUFFIXES,
} from './_data/attribution.js';
import { CATEGORY_WORDS } from './_data/nouns.js';
import { PHASE_NOUNS, PHASE_OPENERS } from './_data/phases.js';
import { BUILT_IN_KINDS, findTotals, type KindVocabulary } from './scan-kind.js';

export type Remark =
  | { type: 'source'; name: string; marked: boolean }
  | { type: 'party'; name: string }
  | { type: 'approximate' }
  | { type: 'category'; name: string }
  | { type: 'phase'; name: string }
  | { type: 'none' };

const PREFIX = new RegExp(`^(?:${stickyWords(SOURCE_PREFIXES.words).source})[ \\u00a0:]+`, 'iu');
const SUFFIX = new RegExp(`[ \\u00a0]+(?:${stickyWords(SOURCE_SUFFIXES.words).source})$`, 'iu');
const OPENER = new RegExp(`^(?:${stickyWords(REMARK_OPENERS).source})(?![\\p{L}])`, 'iu');
const APPROXIMATE = new RegExp(`^(?:${stickyWords(APPROXIMATE_REMARKS).source})$`, 'iu');
const SOURCE_NOUN = new RegExp(`(?:${stickyWords(SOURCE_NOUNS).source})`, 'iu');
// words of a label that names who reports or wrote a figure, not who fought: `Hospital officials`, `Frankish annals`
const SOURCE_HEADER =
  /official|ministry|observatory|sources?$|media|records|historians?|histor(?:y|ia)\b|estimates|united nations|(?:^|[^\p{L}])UN(?:$|[^\p{L}])|report|chronic|annal|census|stud(?:y|ies)\b|survey|archive|according/iu;
const PHASE_OPENER = new RegExp(`^(?:${stickyWords(PHASE_OPENERS).source})(?![\\p{L}])`, 'iu');
const PHASE_NOUN = new RegExp(`(?:${stickyWords(PHASE_NOUNS).source})`, 'iu');
const MAX_REMARK = 200;
// words of a state's name that name no people: `Kingdom of Prussia` is Prussia's
const STATE_WORDS = new Set([
  'kingdom',
  'empire',
  'republic',
  'duchy',
  'grand',
  'principality',
  'electorate',
  'first',
  'second',
  'third',
  'holy',
  'roman',
  'united',
  'states',
  'federation',
  'democratic',
  "people's",
  'socialist',
  'union',
  'confederation',
  'sultanate',
  'caliphate',
  'khanate',
  'county',
  'state',
  'free',
  'imperial',
  'royal',
  'emirate',
  'dynasty',
]);
const PLAIN = new Set(PLAIN_ADJECTIVES);
const CATEGORY = new Set(CATEGORY_WORDS.map((w) => w.toLowerCase()));

/** Removes wrapping punctuation and a leading `the`: `the Interior Ministry.` → `Interior Ministry`. */
export function tidyName(name: string): string {
  return (
    name
      .replace(/^[\s'"“‘(:\-–]+/, '')
      // The lookbehind makes the trailing run start only once (it was quadratic on a long run of ')').
      .replace(/(?<![\s'"”’):;,.\-–])[\s'"”’):;,.\-–]+$/, '')
      .replace(/^the[ \u00a0]+/i, '')
      .trim()
  );
}

/**
 * Finds the party in `parties` that `name` names: equal, one containing the other, or the same stem
 * (`Malian` ~ `Mali`, `Prussians` ~ `Prussia`).
 * @example matchParty('Malian forces', ['Mali', 'MNLA']) // 'Mali'
 */
export function matchParty(name: string, parties: readonly string[]): string | null {
  const n = name.toLowerCase();
  for (const p of parties) if (p.toLowerCase() === n) return p;
  // Containment before stems, over all parties: "Kingdom of Italy" is "Italy", not "Kingdom of Romania".
  for (const p of parties) {
    const q = p.toLowerCase();
    if (q.length >= 3 && n.length >= 3 && (n.includes(q) || q.includes(n))) return p;
  }
  // A stem compares one-word names only ("Malian forces" ~ "Mali"); "United Kingdom" is not "United States".
  for (const p of parties) {
    const q = p.toLowerCase();
    if (q.length < 3 || n.length < 3 || /\s/.test(q)) continue;
    const stem = Math.min(5, q.length, n.length);
    if (stem >= 4 && n.slice(0, stem) === q.slice(0, stem)) return p;
  }
  // A people's name against the one proper word of a state's name: "Prussians" ~ "Kingdom of Prussia"
  if (!/\s/.test(n) && n.length >= 4) {
    for (const p of parties) {
      const words = p
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length >= 4 && !STATE_WORDS.has(w));
      if (words.length !== 1) continue;
      const stem = Math.min(5, words[0]!.length, n.length);
      if (n.slice(0, stem) === words[0]!.slice(0, stem)) return p;
    }
  }
  return null;
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && /^[\p{Lu}\d]/u.test(text) && !OPENER.test(text);
}

/**
 * Reads the inside of a parenthesis or a remark line that holds no number.
 * @example readRemark('per the Interior Ministry', []) // { type: 'source', name: 'Interior Ministry', marked: true }
 * @example readRemark('Israeli claim', []) // { type: 'source', name: 'Israeli', marked: true }
 * @example readRemark('estimated', []) // { type: 'approximate' }
 */
export function readRemark(raw: string, parties: readonly string[], kinds: KindVocabulary = BUILT_IN_KINDS): Remark {
  // an attribution is a name, not a paragraph
  if (raw.length > MAX_REMARK) return { type: 'none' };
  const text = tidyName(raw);
  if (!text || /\d/.test(text)) return { type: 'none' };
  if (APPROXIMATE.test(text)) return { type: 'approximate' };
  const prefix = PREFIX.exec(text);
  if (prefix) {
    const name = tidyName(text.slice(prefix[0].length));
    return name ? { type: 'source', name, marked: true } : { type: 'none' };
  }
  const suffix = SUFFIX.exec(text);
  if (suffix) {
    const rest = tidyName(text.slice(0, suffix.index));
    if (!rest || kinds.find(rest).length > 0) return { type: 'none' };
    // `British estimate` → British; `modern estimates` is the source itself (by the adjective, not by capitals,
    // which lower-cased copies of infoboxes lose)
    const proper = !PLAIN.has(rest.split(/\s+/)[0]!.toLowerCase());
    return { type: 'source', name: proper ? rest : text, marked: true };
  }
  if (kinds.find(text).length > 0 || findTotals(text).length > 0) return { type: 'none' };
  if (matchParty(text, parties)) return { type: 'source', name: text, marked: false };
  if (SOURCE_NOUN.test(text) && !OPENER.test(text)) return { type: 'source', name: text, marked: false };
  if (looksLikeName(text)) return { type: 'source', name: text, marked: false };
  return { type: 'none' };
}

/**
 * Reads the label of a header (`Per Russia:`, `Mali claims:`, `'''Anglo-allies:'''`, `Personnel:`, `Initial:`). A
 * marked label is a source; a combatant's name is the figures' party, not a source; a stage of the conflict is a
 * phase; category words are none of these. `dated` says the header also held a date (`German attack (March 1945):`),
 * which makes a campaign or attack noun a phase.
 * @example readHeader('Per the army', []) // { type: 'source', name: 'army', marked: true }
 * @example readHeader('Anglo-allies', []) // { type: 'party', name: 'Anglo-allies' }
 * @example readHeader('Initial', []) // { type: 'phase', name: 'Initial' }
 */
export function readHeader(
  raw: string,
  parties: readonly string[],
  dated = false,
  italic = false,
  kinds: KindVocabulary = BUILT_IN_KINDS,
): Remark {
  if (raw.length > MAX_REMARK) return { type: 'none' };
  const text = tidyName(raw.replace(/\s+/g, ' '));
  if (!text || /\d/.test(text)) return { type: 'none' };
  // `Killed:` and `Total:` labels belong to the figure; the rules read them
  if (kinds.find(text).length > 0 || findTotals(text).length > 0) return { type: 'none' };
  if (PHASE_OPENER.test(text) || (dated && PHASE_NOUN.test(text) && !matchParty(text, parties)))
    return { type: 'phase', name: text };
  if (CATEGORY.has(text.toLowerCase())) return { type: 'category', name: text };
  if (PREFIX.test(text) || SUFFIX.test(text)) {
    const remark = readRemark(text, parties, kinds);
    if (remark.type === 'source') return remark;
  }
  const party = matchParty(text, parties);
  if (party) return { type: 'party', name: party };
  // an institution that reports rather than fights (`Hospital officials:`, `Interior Ministry:`), a chronicle, or
  // an italic label: a work's title or its author (`''Annales regni Francorum'':`, `'''''Frieser:'''''`)
  if (italic || SOURCE_HEADER.test(text)) {
    return { type: 'source', name: text, marked: false };
  }
  if (text.split(/\s+/).length > 6) return { type: 'none' };
  return { type: 'party', name: text };
}
