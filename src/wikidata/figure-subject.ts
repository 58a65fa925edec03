// Wikidata: what a figure's subject ("civilians", "tanks", "men") means for a statement.
import { EQUIPMENT_NOUNS } from '../04-figures/_data/nouns.js';
import { GENERIC_PERSONNEL_SUBJECTS } from './_data/wikidata-ids.js';

// 'fighter' is an aircraft in the splitter's list, but "MNLA fighters" are people.
const EQUIPMENT = new Set(EQUIPMENT_NOUNS.filter((noun) => noun !== 'fighter'));
const GENERIC = new Set(GENERIC_PERSONNEL_SUBJECTS);

export type SubjectReading = 'none' | 'generic' | 'equipment' | 'part';

/** A plural's possible singulars (`batteries` → battery, `guns` → gun, `boxes` → box). */
function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

/** The head noun of each conjunct: the last word before a comma, `and` or `or`. */
function headNouns(subject: string): string[] {
  return subject
    .toLowerCase()
    .split(/,|\band\b|\bor\b|&/)
    .map((part) => part.trim().split(/\s+/).at(-1) ?? '')
    .filter((w) => w !== '');
}

/**
 * How a subject qualifies a statement: `none` (no subject), `generic` (men, soldiers, troops: the side's people,
 * no qualifier needed), `equipment` (a count of things: no statement), or `part` (a part of the side or of the
 * population — civilians, cavalry, Athenians — written as `applies to part`).
 * @example readSubject('artillery pieces, anti-tank guns') // 'equipment'
 */
export function readSubject(subject: string | null): SubjectReading {
  if (subject === null || subject.trim() === '') return 'none';
  const lower = subject.toLowerCase().trim();
  if (GENERIC.has(lower)) return 'generic';
  const multiword = EQUIPMENT_NOUNS.some((noun) => noun.includes(' ') && lower.includes(noun));
  if (multiword || headNouns(lower).some((head) => singulars(head).some((s) => EQUIPMENT.has(s)))) return 'equipment';
  return 'part';
}
