// Tests for stage 3 (interpret): coordinates, one case per written form, plus the raw {{coord}} and latitude/longitude fallbacks.
import { describe, expect, it } from 'vitest';
import {
  interpretCoordinates,
  readAngle,
  readCoordinates,
  readCoordTemplate,
} from '../../src/03-interpret/interpret-coordinates.js';
import { createContext } from '../../src/_lib/context.js';

describe('readCoordinates', () => {
  it.each([
    ['38.9344°N 20.7386°E', 38.9344, 20.7386],
    ['38.9344°S 20.7386°W', -38.9344, -20.7386],
    ['38.9344 N 20.7386 E', 38.9344, 20.7386],
    ['38°56′04″N 20°44′19″E', 38.934444, 20.738611],
    ['38°56\'04"N 20°44\'19"E', 38.934444, 20.738611],
    ["38° 56' 4'' N, 20° 44' 19'' E", 38.934444, 20.738611],
    ['48°42′N 44°31′E', 48.7, 44.516667],
    ['33°51′S 151°12′E', -33.85, 151.2],
    ['38.93, 20.74', 38.93, 20.74],
    ['50.408; -4.667', 50.408, -4.667],
    ['-33.8688 151.2093', -33.8688, 151.2093],
    ['38°56′04″N 20°44′19″E / 38.93444°N 20.73861°E / 38.93444; 20.73861', 38.934444, 20.738611],
    ['Coordinates: 14°1′8″N 38°58′24″E', 14.018889, 38.973333],
    ['20°44′19″E 38°56′04″N', 38.934444, 20.738611],
    ['{{Coord|38|56|04|N|20|44|19|E|region:GR}}', 38.934444, 20.738611],
  ])('%s', (text, lat, lon) => {
    expect(readCoordinates(text)).toEqual({ lat, lon });
  });

  it.each([['unknown'], ['95.0, 20.0'], ['38, 20, 5 N'], ['38°75′N 20°44′E'], ['near the river'], ['38.93']])(
    'reads nothing from %s',
    (text) => {
      expect(readCoordinates(text)).toBeNull();
    },
  );
});

describe('readCoordTemplate', () => {
  it.each([
    [
      '{{Coord|38|56|04|N|20|44|19|E|region:GR_type:event_source:dewiki_scale:50000|display=inline,title}}',
      38.934444,
      20.738611,
    ],
    ['{{Coord|39.811|N|77.225|W|type:event_region:US_scale:30000|display=inline,title}}', 39.811, -77.225],
    ['{{Coord|50.408|-4.667|display=inline,title|region:GB_scale:20000}}', 50.408, -4.667],
    ['{{coord|7|00|N|134|15|E|region:PW_type:event|display=inline,title}}', 7, 134.25],
    ['{{Coord|50.680|N| 4.412|E|region:BE_type:event|display=inline,title}}', 50.68, 4.412],
  ])('%s', (raw, lat, lon) => {
    expect(readCoordTemplate(raw)).toEqual({ lat, lon });
  });
});

describe('readAngle', () => {
  it.each([
    ['38.93', 38.93],
    ['-4.667', -4.667],
    ['20°44′19″W', -20.738611],
  ])('%s', (text, value) => {
    expect(readAngle(text)).toBe(value);
  });
});

describe('interpretCoordinates', () => {
  const none = { coordinates: null, latitude: null, longitude: null, others: [], title: null };

  it('prefers the raw {{coord}} to a rounded or uncleaned text', () => {
    const ctx = createContext();
    const raw = '{{Coord|38|56|04|N|20|44|19|E|region:GR}}';
    expect(interpretCoordinates({ ...none, coordinates: { text: raw, raw } }, ctx)).toEqual({
      lat: 38.934444,
      lon: 20.738611,
    });
    expect(interpretCoordinates({ ...none, coordinates: { text: '38.9344°N 20.7386°E', raw } }, ctx)).toEqual({
      lat: 38.934444,
      lon: 20.738611,
    });
  });

  it('reads the raw {{coord}} when the text is empty', () => {
    const ctx = createContext();
    const src = { ...none, coordinates: { text: '', raw: '{{coord|26.5|128|type:isle}}' } };
    expect(interpretCoordinates(src, ctx)).toEqual({ lat: 26.5, lon: 128 });
    expect(ctx.warnings).toEqual([]);
  });

  it('uses latitude and longitude when there is no coordinates field', () => {
    const ctx = createContext();
    expect(interpretCoordinates({ ...none, latitude: '50.68', longitude: '4.41' }, ctx)).toEqual({
      lat: 50.68,
      lon: 4.41,
    });
  });

  it('finds a {{coord}} in another field (place)', () => {
    const ctx = createContext();
    const src = { ...none, others: ['{{Coord|14|1|8|N|38|58|24|E|display=title}}[[Adwa]]'] };
    expect(interpretCoordinates(src, ctx)).toEqual({ lat: 14.018889, lon: 38.973333 });
  });

  it.each([
    ['{{coord|47|6|N|9|4|E|display=title|name=Battle of Näfels}}', { lat: 47.1, lon: 9.066667 }],
    ['{{Coor dms|46|57|30|N|7|26|15|E|display=inline,title}}', { lat: 46.958333, lon: 7.4375 }],
    ['{{coord|-33.9|18.42|type:event|display=t}}', { lat: -33.9, lon: 18.42 }],
  ])('takes the title coordinates %s when no field gives any', (title, expected) => {
    const ctx = createContext();
    expect(interpretCoordinates({ ...none, title }, ctx)).toEqual(expected);
    expect(ctx.warnings).toEqual([]);
  });

  it('prefers every infobox field to the title coordinates', () => {
    const ctx = createContext();
    const title = '{{coord|47|6|N|9|4|E|display=title}}';
    expect(
      interpretCoordinates({ ...none, title, coordinates: { text: '', raw: '{{coord|50|4|N|14|25|E}}' } }, ctx),
    ).toEqual({ lat: 50.066667, lon: 14.416667 });
    expect(interpretCoordinates({ ...none, title, latitude: '51.2', longitude: '-2.7' }, ctx)).toEqual({
      lat: 51.2,
      lon: -2.7,
    });
    expect(interpretCoordinates({ ...none, title, others: ['{{coord|44|N|1|W}} Bayonne'] }, ctx)).toEqual({
      lat: 44,
      lon: -1,
    });
  });

  it('warns unparsed-coordinates for a present but unreadable value', () => {
    const ctx = createContext();
    expect(interpretCoordinates({ ...none, coordinates: { text: 'somewhere', raw: 'somewhere' } }, ctx)).toBeNull();
    expect(ctx.warnings.map((w) => [w.code, w.field])).toEqual([['unparsed-coordinates', 'coordinates']]);
  });

  it('returns null silently when nothing is given', () => {
    const ctx = createContext();
    expect(interpretCoordinates(none, ctx)).toBeNull();
    expect(ctx.warnings).toEqual([]);
  });
});
