// Stage 3 (interpret): a coordinates value (decimal, DMS, signed, or a raw {{coord}}) → signed decimal { lat, lon }.
import type { Context } from '../_lib/context.js';
import type { Coordinates } from '../model/conflict.js';

type Unit = 'deg' | 'min' | 'sec';
type Hemisphere = 'N' | 'S' | 'E' | 'W';

type CoordToken =
  | { kind: 'num'; value: number; negative: boolean; unit: Unit | null }
  | { kind: 'hemi'; hemi: Hemisphere }
  | { kind: 'sep' };

interface Component {
  values: number[];
  /** Whether each value was written with a minus sign; only the first counts for the angle. */
  signs: boolean[];
  marked: boolean;
  hemi: Hemisphere | null;
}

const NUMBER = /[+\-−]?\d+(?:\.\d+)?/y;
const WORD = /\p{L}+/uy;
const UNIT_MARKS: ReadonlyMap<string, Unit> = new Map([
  ['°', 'deg'],
  ['º', 'deg'],
  ['˚', 'deg'],
  ['′', 'min'],
  ["'", 'min'],
  ['’', 'min'],
  ['‘', 'min'],
  ['″', 'sec'],
  ['"', 'sec'],
  ['”', 'sec'],
  ['“', 'sec'],
  ['ʺ', 'sec'],
]);
const HEMISPHERE_WORDS: ReadonlyMap<string, Hemisphere> = new Map([
  ['N', 'N'],
  ['S', 'S'],
  ['E', 'E'],
  ['W', 'W'],
  ['north', 'N'],
  ['south', 'S'],
  ['east', 'E'],
  ['west', 'W'],
]);
// A pipe is a blank so that an uncleaned "{{coord|38|56|04|N|…}}" still reads as degrees, minutes, seconds.
const BLANKS = new Set([' ', '\t', '\u00a0', '\u2009', '\u202f', '|']);
/** The {{coord}} template as it stands in a raw value; [^{}] keeps the match linear. */
const COORD_TEMPLATE = /\{\{\s*coord\s*\|([^{}]*)\}\}/i;
/** A whole call to a {{coord}} alias, as the reader hands over the title coordinates. */
const COORD_CALL = /^\{\{[^{}|]*\|([^{}]*)\}\}$/;
const COORD_PARAM = /^(?:[+\-−]?\d+(?:\.\d+)?|[NSEW])$/;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A unit mark right after a number (skipping blanks), with its length; two apostrophes are seconds. */
function readUnit(text: string, at: number): { unit: Unit; length: number } | null {
  let i = at;
  while (i < text.length && BLANKS.has(text[i]!)) i++;
  if (text.startsWith("''", i)) return { unit: 'sec', length: i + 2 - at };
  const unit = UNIT_MARKS.get(text[i] ?? '');
  return unit ? { unit, length: i + 1 - at } : null;
}

function tokenize(text: string): CoordToken[] {
  const out: CoordToken[] = [];
  let i = 0;
  while (i < text.length) {
    const num = matchAt(NUMBER, text, i);
    if (num) {
      i += num[0].length;
      const unit = readUnit(text, i);
      if (unit) i += unit.length;
      const negative = num[0].startsWith('-') || num[0].startsWith('−');
      out.push({ kind: 'num', value: Math.abs(Number(num[0].replace('−', '-'))), negative, unit: unit?.unit ?? null });
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word) {
      const hemi = HEMISPHERE_WORDS.get(word[0].length === 1 ? word[0] : word[0].toLowerCase());
      out.push(hemi ? { kind: 'hemi', hemi } : { kind: 'sep' });
      i += word[0].length;
      continue;
    }
    if (!BLANKS.has(text[i]!)) out.push({ kind: 'sep' });
    i++;
  }
  return out;
}

/** Groups numbers into components: a degree mark, a hemisphere, a separator or a fourth number ends one. */
function groupComponents(tokens: readonly CoordToken[]): Component[] {
  const out: Component[] = [];
  const fresh = (): Component => ({ values: [], signs: [], marked: false, hemi: null });
  let current = fresh();
  const close = (): void => {
    if (current.values.length === 0) return;
    // Two bare numbers with nothing else are "lat lon", not degrees and minutes.
    if (!current.marked && current.hemi === null && current.values.length === 2) {
      for (const [k, v] of current.values.entries())
        out.push({ values: [v], signs: [current.signs[k]!], marked: false, hemi: null });
    } else {
      out.push(current);
    }
    current = fresh();
  };
  for (const t of tokens) {
    if (t.kind === 'num') {
      if (current.values.length === 3 || (t.unit === 'deg' && current.values.length > 0)) close();
      current.values.push(t.value);
      current.signs.push(t.negative);
      if (t.unit) current.marked = true;
    } else if (t.kind === 'hemi') {
      if (current.values.length > 0) current.hemi = t.hemi;
      close();
    } else {
      close();
    }
  }
  close();
  return out;
}

/** Signed decimal degrees of a component, or null when minutes or seconds are out of range. */
function toDecimal(c: Component): number | null {
  const [deg = 0, min = 0, sec = 0] = c.values;
  if (min >= 60 || sec >= 60 || (c.values.length > 1 && !Number.isInteger(deg))) return null;
  const value = deg + min / 60 + sec / 3600;
  const negative = (c.signs[0] ?? false) !== (c.hemi === 'S' || c.hemi === 'W');
  return negative ? -value : value;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6 + 0;
}

function isLat(c: Component): boolean {
  return c.hemi === null || c.hemi === 'N' || c.hemi === 'S';
}

function isLon(c: Component): boolean {
  return c.hemi === null || c.hemi === 'E' || c.hemi === 'W';
}

/** The first pair of neighbouring components that reads as latitude then longitude (or E/W before N/S). */
function pickPair(components: readonly Component[]): Coordinates | null {
  // Once any hemisphere is written, bare numbers are not coordinates ("38|56|04|N|…" are DMS parts).
  const needHemispheres = components.some((c) => c.hemi !== null);
  for (let i = 0; i + 1 < components.length; i++) {
    let a = components[i]!;
    let b = components[i + 1]!;
    if (needHemispheres && (a.hemi === null || b.hemi === null)) continue;
    if (!(isLat(a) && isLon(b)) && a.hemi !== null && b.hemi !== null && isLon(a) && isLat(b)) [a, b] = [b, a];
    if (!(isLat(a) && isLon(b))) continue;
    const lat = toDecimal(a);
    const lon = toDecimal(b);
    if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    return { lat: round6(lat), lon: round6(lon) };
  }
  return null;
}

/**
 * Reads coordinates written as text: `38.9344°N 20.7386°E`, `38°56′04″N 20°44′19″E`, `38.93, 20.74`.
 * @example readCoordinates('48°42′N 44°31′E') // { lat: 48.7, lon: 44.516667 }
 */
export function readCoordinates(text: string): Coordinates | null {
  return pickPair(groupComponents(tokenize(text.slice(0, 400))));
}

/**
 * Reads one signed angle (a `latitude` or `longitude` field): `38.93`, `38°56′N`, `-4.667`.
 * @example readAngle('20°44′19″E') // 20.738611
 */
export function readAngle(text: string): number | null {
  const first = groupComponents(tokenize(text.slice(0, 100)))[0];
  const value = first ? toDecimal(first) : null;
  return value === null ? null : round6(value);
}

/**
 * Reads a {{coord}} template left in raw wikitext: its numeric and hemisphere parameters, in order.
 * @example readCoordTemplate('{{Coord|48|42|N|44|31|E|type:event|display=inline,title}}') // { lat: 48.7, lon: 44.516667 }
 */
export function readCoordTemplate(raw: string): Coordinates | null {
  const m = COORD_TEMPLATE.exec(raw.slice(0, 2000));
  return m ? readCoordParams(m[1]!) : null;
}

/** The numeric and hemisphere parameters of a {{coord}}, "38|56|04|N|20|44|19|E|type:event|…", read in order. */
function readCoordParams(params: string): Coordinates | null {
  return readCoordinates(
    params
      .split('|')
      .map((p) => p.trim())
      .filter((p) => COORD_PARAM.test(p))
      .join(' '),
  );
}

/**
 * Reads one whole call to {{coord}} under any of its names, as the reader gives the page's title coordinates.
 * @example readCoordCall('{{coor dms|52|35|N|1|24|W|display=title}}') // { lat: 52.583333, lon: -1.4 }
 */
export function readCoordCall(call: string): Coordinates | null {
  const m = COORD_CALL.exec(call.trim().slice(0, 2000));
  return m ? readCoordParams(m[1]!) : null;
}

export interface CoordinateSources {
  coordinates: { text: string; raw: string } | null;
  latitude: string | null;
  longitude: string | null;
  /** Raw values of other fields that may hold a {{coord}} (the `place` of older articles). */
  others: readonly string[];
  /** The page's title coordinates, a whole {{coord}} call outside those fields (wikitext only), or null. */
  title: string | null;
}

/**
 * The conflict's coordinates: the `coordinates` field (its raw {{coord}}, then its text), else `latitude`/`longitude`,
 * else a {{coord}} inside another field, else the page's title coordinates. An unreadable `coordinates` value
 * warns `unparsed-coordinates` when nothing else gives them.
 * @example interpretCoordinates({ coordinates: { text: '38.93, 20.74', raw: '' }, latitude: null, longitude: null, others: [], title: null }, ctx)
 */
export function interpretCoordinates(src: CoordinateSources, ctx: Context): Coordinates | null {
  const given = src.coordinates && (src.coordinates.text.trim() !== '' || src.coordinates.raw.trim() !== '');
  if (src.coordinates && given) {
    // The raw {{coord}} keeps the exact degrees/minutes/seconds; the cleaned text may be rounded.
    const found = readCoordTemplate(src.coordinates.raw) ?? readCoordinates(src.coordinates.text);
    if (found) return found;
  }
  const lat = src.latitude === null ? null : readAngle(src.latitude);
  const lon = src.longitude === null ? null : readAngle(src.longitude);
  if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon };
  for (const raw of src.others) {
    const found = readCoordTemplate(raw);
    if (found) return found;
  }
  const title = src.title === null ? null : readCoordCall(src.title);
  if (title) return title;
  if (given)
    ctx.warn(
      'unparsed-coordinates',
      `Could not read coordinates from "${src.coordinates!.text.slice(0, 80)}".`,
      'coordinates',
    );
  return null;
}
