// Clean service: render {{convert}} arguments as the input quantity ("37 km", "1–2 km").

/** Range words of {{convert}} → how they print. */
const RANGE_SEPARATORS: ReadonlyMap<string, string> = new Map([
  ['to', ' to '],
  ['to(-)', ' to '],
  ['-', '–'],
  ['–', '–'],
  ['&ndash;', '–'],
  ['and', ' and '],
  ['and(-)', ' and '],
  ['or', ' or '],
  ['x', ' × '],
  ['×', ' × '],
  ['by', ' by '],
  ['+/-', ' ± '],
  ['±', ' ± '],
  ['+', ' + '],
  [',', ', '],
  [', and', ', and '],
  [', or', ', or '],
]);

/** Unit codes whose printed symbol differs from the code; other codes print as written. */
const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['km2', 'km²'],
  ['sqkm', 'km²'],
  ['m2', 'm²'],
  ['sqm', 'm²'],
  ['sqmi', 'sq mi'],
  ['mi2', 'sq mi'],
  ['sqft', 'sq ft'],
  ['ft2', 'sq ft'],
  ['m3', 'm³'],
  ['cuft', 'cu ft'],
  ['ft3', 'cu ft'],
  ['acre', 'acres'],
  ['acres', 'acres'],
  ['km/h', 'km/h'],
  ['kph', 'km/h'],
  ['mph', 'mph'],
  ['kn', 'kn'],
  ['knot', 'kn'],
  ['knots', 'kn'],
  ['C', '°C'],
  ['F', '°F'],
  ['degC', '°C'],
  ['degF', '°F'],
  ['LT', 'long tons'],
  ['long ton', 'long tons'],
  ['ST', 'short tons'],
  ['short ton', 'short tons'],
  ['t', 't'],
  ['tonne', 't'],
  ['tonnes', 't'],
  ['in', 'in'],
  ['inch', 'in'],
  ['foot', 'ft'],
  ['feet', 'ft'],
  ['mile', 'mi'],
  ['miles', 'mi'],
  ['yard', 'yd'],
  ['metre', 'm'],
  ['meter', 'm'],
  ['kilometre', 'km'],
  ['kilometer', 'km'],
  ['nmi', 'nmi'],
  ['NM', 'nmi'],
]);

/**
 * The input side of a conversion: value(s), range words and unit; the converted output is left out
 * (the figure splitter needs the number as written, not a rounded conversion).
 * @example formatConvert(['37', 'km']) // → '37 km'
 * @example formatConvert(['1', 'to', '2', 'km', 'mi']) // → '1 to 2 km'
 * @example formatConvert(['5', 'ft', '6', 'in', 'm']) // → '5 ft 6 in'
 */
export function formatConvert(args: readonly string[]): string {
  const a = args.map((s) => s.trim());
  const first = a[0];
  if (first === undefined || first === '') return '';
  let out = formatNumber(first);
  let i = 1;
  // Ranges: value (sep value)* unit.
  while (i + 1 < a.length && RANGE_SEPARATORS.has(a[i]!) && isNumber(a[i + 1]!)) {
    out += RANGE_SEPARATORS.get(a[i]!)! + formatNumber(a[i + 1]!);
    i += 2;
  }
  const unit = a[i];
  if (unit === undefined || unit === '') return out;
  out += ` ${unitSymbol(unit)}`;
  // Several input units: 5|ft|6|in.
  while (
    i + 2 < a.length &&
    isNumber(a[i + 1]!) &&
    a[i + 2] !== '' &&
    !isNumber(a[i + 2]!) &&
    RANGE_SEPARATORS.get(a[i + 2]!) === undefined
  ) {
    // Only when the value after is itself followed by a unit-like code, and it is a smaller unit pair.
    if (!MULTI_UNIT_PAIRS.has(`${a[i]}|${a[i + 2]}`)) break;
    out += ` ${formatNumber(a[i + 1]!)} ${unitSymbol(a[i + 2]!)}`;
    i += 2;
  }
  return out;
}

/** Unit pairs that {{convert}} accepts as one quantity (5 ft 6 in, 3 st 4 lb). */
const MULTI_UNIT_PAIRS: ReadonlySet<string> = new Set([
  'ft|in',
  'mi|yd',
  'mi|ft',
  'yd|ft',
  'st|lb',
  'lb|oz',
  'LT|cwt',
  'm|cm',
  'km|m',
]);

function isNumber(s: string): boolean {
  return /^[-+−]?[0-9][0-9,]*(\.[0-9]+)?$|^[-+−]?\.[0-9]+$/.test(s);
}

function unitSymbol(code: string): string {
  return UNIT_SYMBOLS.get(code) ?? code;
}

/**
 * Adds thousands separators to a plain number the way {{convert}} prints it.
 * @example formatNumber('37000') // → '37,000'
 */
export function formatNumber(s: string): string {
  const m = /^([-+−]?)([0-9]+)(\.[0-9]+)?$/.exec(s);
  if (m === null) return s;
  const digits = m[2]!;
  let int = '';
  for (let end = digits.length; end > 0; end -= 3)
    int = digits.slice(Math.max(0, end - 3), end) + (int === '' ? '' : `,${int}`);
  return `${m[1]}${int}${m[3] ?? ''}`;
}
