// Clean service: render {{coord}} arguments as decimal degrees ("38.9344°N 20.7386°E").

/**
 * Reads the positional arguments of {{coord}} — decimal (`50.4|-4.6`), degrees with hemispheres
 * (`39.811|N|77.225|W`) or d/m/s (`38|56|04|N|20|44|19|E`) — and formats them as decimal degrees.
 * Globe/region arguments (`region:GR_type:event`) are ignored. Returns null when unreadable.
 * @example formatCoord(['38', '56', '04', 'N', '20', '44', '19', 'E']) // → '38.9344°N 20.7386°E'
 * @example formatCoord(['50.408', '-4.667']) // → '50.408°N 4.667°W'
 */
export function formatCoord(args: readonly string[]): string | null {
  const parts = args.map((a) => a.trim()).filter((a) => a !== '' && !a.includes(':'));
  const ns = parts.findIndex((p) => /^[NSns]$/.test(p));
  if (ns < 0) {
    // Signed decimal pair.
    const [lat, lon] = parts.map(Number);
    if (parts.length < 2 || !isNum(parts[0]) || !isNum(parts[1]) || lat === undefined || lon === undefined) return null;
    return render(lat, lon, null);
  }
  const ew = parts.findIndex((p, i) => i > ns && /^[EWew]$/.test(p));
  if (ns < 1 || ns > 3 || ew - ns - 1 < 1 || ew - ns - 1 > 3) return null;
  const lat = dms(parts.slice(0, ns));
  const lon = dms(parts.slice(ns + 1, ew));
  if (lat === null || lon === null) return null;
  const sign = (hemisphere: string, v: number): number => (/^[SWsw]$/.test(hemisphere) ? -v : v);
  // One part is decimal degrees as written; minutes/seconds are rounded to 4 decimals (~10 m).
  const precision = ns === 1 && ew - ns - 1 === 1 ? null : 4;
  return render(sign(parts[ns]!, lat), sign(parts[ew]!, lon), precision);
}

function isNum(s: string | undefined): boolean {
  return s !== undefined && /^[-+]?[0-9]+(\.[0-9]+)?$/.test(s);
}

/** Degrees from [d], [d, m] or [d, m, s]; null when a part is not a number or out of range. */
function dms(parts: readonly string[]): number | null {
  if (!parts.every(isNum)) return null;
  const [d = 0, m = 0, s = 0] = parts.map(Number);
  if (m < 0 || m >= 60 || s < 0 || s >= 60) return null;
  return Math.abs(d) + m / 60 + s / 3600;
}

function render(lat: number, lon: number, precision: number | null): string | null {
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const fmt = (v: number): string => String(precision === null ? Math.abs(v) : Number(Math.abs(v).toFixed(precision)));
  return `${fmt(lat)}°${lat < 0 ? 'S' : 'N'} ${fmt(lon)}°${lon < 0 ? 'W' : 'E'}`;
}

/**
 * Where a {{coord}} shows, from its `display` parameter: `inline` (the default) in the text, `title` beside the page
 * title only, `inline,title` in both; the short forms `i`, `t`, `it`, `ti` as Module:Coordinates reads them.
 * @example readCoordDisplay('title') // → { inline: false, title: true }
 */
export function readCoordDisplay(display: string): { inline: boolean; title: boolean } {
  const value = display.trim().toLowerCase();
  if (value === '') return { inline: true, title: false };
  const both = value === 'it' || value === 'ti';
  return {
    inline: both || value === 'i' || value.includes('inline'),
    title: both || value === 't' || value.includes('title'),
  };
}
