// Clean service data: military symbols, ships, coordinates and units.
import { formatConvert } from '../../format-convert.js';
import { formatCoord, readCoordDisplay } from '../../format-coord.js';
import { block, text } from '../../template-helpers.js';
import type { Emit, TemplateCall, TemplateRule } from '../../template-rule.js';

/** Status symbols after commanders' names: the symbol, linked as the real templates link it. */
const STATUS_SYMBOLS: Readonly<Record<string, readonly [string, string]>> = {
  kia: ['†', 'Killed in action'],
  dow: ['(DOW)', 'Died of wounds'],
  wia: ['(WIA)', 'Wounded in action'],
  mia: ['(MIA)', 'Missing in action'],
  pow: ['(POW)', 'Prisoner of war'],
  surrendered: ['(surrendered)', 'Surrender (military)'],
  executed: ['(executed)', 'Capital punishment'],
};

/** Ship-name prefixes that are templates of their own ({{HMS|Lion|1910}}). */
const SHIP_PREFIXES = [
  'HMS',
  'SMS',
  'USS',
  'HMAS',
  'HMCS',
  'HMNZS',
  'HMIS',
  'HMSAS',
  'USNS',
  'USCGC',
  'USAT',
  'USRC',
  'RMS',
  'SS',
  'MV',
  'HNLMS',
  'HDMS',
  'HSwMS',
  'HNoMS',
  'HMT',
  'HMY',
  'INS',
  'JS',
  'KRI',
  'ORP',
  'ARA',
  'BAP',
  'ROKS',
  'TCG',
  'SMU',
  'SMY',
  'HMHS',
  'NRP',
  'ARC',
  'BNS',
  'PNS',
  'RFS',
  'ITS',
  'HMMS',
  'SMB',
  'CSS',
  'USAV',
  'HMQS',
  'HMVS',
  'HMBS',
  'HMML',
];

/**
 * A ship link: prefix, italic name, id in parentheses; the display digit picks parts as bits
 * (4 = prefix, 2 = name, 1 = id), as the ship templates do.
 */
function ship(prefix: string, name: string, id: string, display: string): Emit[] {
  if (name === '') return text(prefix);
  const bits = /^[1-7]$/.test(display) ? Number(display) : 7;
  const out: Emit[] = [];
  if (bits & 4) out.push({ text: `${prefix} ` });
  if (bits & 2) out.push({ mark: 'italic', content: [{ text: name }] });
  if (bits & 1 && id !== '') out.push({ text: bits & 2 || bits & 4 ? ` (${id})` : id });
  const target = `${prefix} ${name}${id === '' ? '' : ` (${id})`}`;
  return [{ link: target, content: out }];
}

/** {{Sclass|Derfflinger|battlecruiser}} → "Derfflinger-class battlecruiser". */
function shipClass(call: TemplateCall): Emit[] {
  const [name = '', type = ''] = call.texts();
  if (name === '') return [];
  const typed = call.name !== 'sclass2' && call.name !== 'sclass2-' && type !== '';
  return [
    {
      link: `${name}-class ${type}`.trim(),
      content: [{ mark: 'italic', content: [{ text: name }] }, { text: `-class${typed ? ` ${type}` : ''}` }],
    },
  ];
}

export const MILITARY_RULES: TemplateRule[] = [
  {
    id: 'status-symbol',
    names: Object.keys(STATUS_SYMBOLS),
    handler: (call) => {
      const [symbol, target] = STATUS_SYMBOLS[call.name] ?? ['', ''];
      // Written straight after a name ([[Ney]]{{KIA}}): keep a space so the name stays a word of its own.
      return [{ text: ' ' }, { link: target, content: [{ text: symbol }] }];
    },
    examples: [
      ['[[Ney]] {{KIA}}', 'Ney †'],
      ['[[Napoleon]] {{POW}}', 'Napoleon (POW)'],
      ['[[Richard III]]{{KIA}}', 'Richard III †'],
      ['[[Paulus]] {{Surrendered}}', 'Paulus (surrendered)'],
    ],
  },
  {
    id: 'ship-prefix',
    names: SHIP_PREFIXES,
    handler: (call) =>
      ship(
        SHIP_PREFIXES.find((p) => p.toLowerCase() === call.name) ?? call.name.toUpperCase(),
        call.text(1),
        call.text(2),
        call.text(3),
      ),
    examples: [
      ['{{HMS|Lion|1910|6}} was hit', 'HMS Lion was hit'],
      ['{{SMS|Seydlitz}}', 'SMS Seydlitz'],
      ['{{USS|Enterprise|CV-6}}', 'USS Enterprise (CV-6)'],
      ['{{HMS|Warspite|03|2}}', 'Warspite'],
    ],
  },
  {
    id: 'ship',
    names: ['ship', 'warship', 'sclass-ship'],
    handler: (call) => ship(call.text(1), call.text(2), call.text(3), call.text(4)),
    examples: [['{{Ship|HMS|Queen Mary}}', 'HMS Queen Mary']],
  },
  {
    id: 'ship-class',
    names: ['sclass', 'sclass-', 'sclass2', 'sclass2-', 'ship class'],
    handler: shipClass,
    examples: [['{{Sclass-|Derfflinger|battlecruiser}}', 'Derfflinger-class battlecruiser']],
  },
  {
    id: 'coord',
    // On a line of its own so that a place value keeps coordinates apart from the place name. With display=title
    // the page shows it beside its title, not where it is written: it prints nothing there.
    names: [
      'coord',
      'coor',
      'coor d',
      'coor dm',
      'coor dms',
      'coord dms',
      'coordinates',
      'location dec',
      'location dms',
      'coord2',
    ],
    handler: (call) => {
      if (!readCoordDisplay(call.text('display')).inline) return [];
      const coord = formatCoord(call.texts());
      return coord === null ? [] : block(text(coord));
    },
    examples: [
      ['{{coord|47|6|N|9|4|E|display=title|name=Battle of Näfels}}[[Näfels]], Glarus', 'Näfels, Glarus'],
      ['{{Coord|38|56|04|N|20|44|19|E|region:GR_type:event|display=inline,title}}', '38.9344°N 20.7386°E'],
      ['{{Coord|39.811|N|77.225|W|type:event_region:US_scale:30000|display=inline,title}}', '39.811°N 77.225°W'],
      ['{{Coord|50.408|-4.667|display=inline,title|region:GB_scale:20000}}', '50.408°N 4.667°W'],
      ['{{coord|7|00|N|134|15|E}}[[Peleliu]]', '7°N 134.25°E\nPeleliu'],
    ],
  },
  {
    id: 'convert',
    names: ['convert', 'cvt', 'convert2', 'cvt2', 'convinfobox'],
    handler: (call) => text(formatConvert(call.texts())),
    examples: [
      ['{{convert|37|km}}', '37 km'],
      ['{{convert|1|to|2|km}}', '1 to 2 km'],
      ['{{convert|15|km|mi|abbr=on}} south', '15 km south'],
      ['{{convert|62300|LT|t}}', '62,300 long tons'],
    ],
  },
];
