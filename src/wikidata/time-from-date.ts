// Wikidata: a partial ISO date of the model as a Wikibase time value.
import { ITEM } from './_data/wikidata-ids.js';
import type { TimeValue } from './wikidata-statement.js';

/** Before the Gregorian reform, Wikidata's convention is the Julian calendar. */
const FIRST_GREGORIAN_YEAR = 1583;

/**
 * `2013`, `2013-11` or `2013-11-08` as a Wikibase time of precision 9, 10 or 11. The model numbers years
 * astronomically (490 BC is -0489); Wikibase JSON numbers them historically (490 BC is -0490), so years ≤ 0 move
 * down by one. Years before 1583 are Julian, the others Gregorian. Returns null for anything else.
 * @example timeFromDate('-0489-08') // { type: 'time', time: '-0490-08-00T00:00:00Z', precision: 10, calendar: 'julian' }
 */
export function timeFromDate(date: string): TimeValue | null {
  const m = /^([+-]?)(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const astronomical = Number(`${m[1] === '-' ? '-' : ''}${m[2]}`);
  const year = astronomical <= 0 ? astronomical - 1 : astronomical;
  const digits = String(Math.abs(year)).padStart(4, '0');
  const month = m[3] ?? '00';
  const day = m[4] ?? '00';
  return {
    type: 'time',
    time: `${year < 0 ? '-' : '+'}${digits}-${month}-${day}T00:00:00Z`,
    precision: m[4] ? 11 : m[3] ? 10 : 9,
    calendar: astronomical < FIRST_GREGORIAN_YEAR ? 'julian' : 'gregorian',
  };
}

/**
 * The item URI of a time value's calendar model.
 * @example calendarItem('julian') // 'Q1985786'
 */
export function calendarItem(calendar: TimeValue['calendar']): string {
  return calendar === 'julian' ? ITEM.julianCalendar : ITEM.gregorianCalendar;
}
