// Stage 4 (figures) support: tell equipment nouns from people, and compare nouns singular/plural-insensitively.
import { EQUIPMENT_NOUNS, STATUS_WORDS } from '../_data/nouns.js';

/**
 * A crude English singular, enough to compare `tanks`/`tank`, `casualties`/`casualty`, `Humvees`/`Humvee`.
 * @example singularize('Armoured Vehicles') // 'armoured vehicle'
 */
export function singularize(noun: string): string {
  const lower = noun.toLowerCase().trim();
  return lower
    .split(/\s+/)
    .map((w) => {
      if (/(?:ies)$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
      if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
      if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
      return w;
    })
    .join(' ');
}

const EQUIPMENT = new Set(EQUIPMENT_NOUNS.map((n) => n.toLowerCase()));
// model designations: M1 Abrams, AH-64, T-72, Su-25, MiG-29, Mirage 2000
const MODEL_CODE = /(?:^|[^\p{L}])\p{Lu}[\p{L}]{0,3}-?\d/u;

/**
 * True when `subject` names equipment (`2 tanks`, `1 AH-64 Apache`, `3 battlecruisers`) rather than people.
 * @example isEquipment('light cruisers') // true
 * @example isEquipment('civilians') // false
 */
export function isEquipment(subject: string): boolean {
  if (MODEL_CODE.test(subject)) return true;
  const words = singularize(subject)
    .split(/[\s,]+/)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (EQUIPMENT.has(w)) return true;
    // compounds: torpedo-boat, pre-dreadnought, battlecruiser, anti-tank gun
    const tail = w.split('-').pop()!;
    if (EQUIPMENT.has(tail)) return true;
    if (/(?:cruiser|ship|boat|plane|craft|carrier|layer|sweeper|copter)$/.test(w)) return true;
    if (i + 1 < words.length && EQUIPMENT.has(`${w} ${words[i + 1]!}`)) return true;
  }
  return EQUIPMENT.has(words.join(' '));
}

const STATUS = new Set(STATUS_WORDS.flatMap((s) => s.words).map((w) => w.toLowerCase()));

/**
 * True when `subject` is only a status adjective (`operational`, `in service`): it says what state counted things
 * are in, not what they are.
 * @example isStatus('serviceable') // true
 * @example isStatus('serviceable aircraft') // false
 */
export function isStatus(subject: string): boolean {
  return STATUS.has(subject.toLowerCase().replace(/\s+/g, ' ').trim());
}
