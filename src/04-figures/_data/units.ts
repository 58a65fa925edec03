// Stage 4 (figures) data: units of measure — a number followed by one measures a quantity, it counts no things.

export interface MeasureUnit {
  id: string;
  /** Phrases (singular and plural), matched case-insensitively as whole words right after a number. */
  words: readonly string[];
  /**
   * Abbreviations, matched with their case: `M3` (Stuart tank), `Mi-24` and `Ha-Go` are models, not cubic
   * metres, miles and hectares.
   */
  abbreviations: readonly string[];
  /** Strings that hold a measure and so give no figure. */
  examples: readonly string[];
}

// Only units that never name a countable combatant or weapon: `rounds` (of ammunition), `guns` and `men` are
// counts; `foot` (`10,000 foot` is infantry), `barrel` (of a gun too), `pound` and a bare `m` (million) are left out.
export const MEASURE_UNITS: readonly MeasureUnit[] = [
  {
    id: 'mass',
    words: [
      'ton',
      'tons',
      'tonne',
      'tonnes',
      'long ton',
      'long tons',
      'short ton',
      'short tons',
      'metric ton',
      'metric tons',
      'kiloton',
      'kilotons',
      'megaton',
      'megatons',
      'kilogram',
      'kilograms',
      'kilogramme',
      'kilogrammes',
      'hundredweight',
      'quintal',
      'quintals',
    ],
    abbreviations: ['t', 'kt', 'kg', 'lb', 'lbs'],
    examples: [
      '(113,300 tons sunk)',
      '62,300 long tons sunk',
      '1,000 tons of supplies captured',
      '500 tonnes of ammunition',
      '40,000 kg of explosives',
    ],
  },
  {
    id: 'tonnage',
    abbreviations: ['GRT', 'BRT', 'DWT', 'grt', 'brt', 'dwt'],
    words: ['gross register tons', 'gross register ton', 'gross tons', 'gross tonnage', 'deadweight tons'],
    examples: ['12,000 GRT sunk', '350,000 BRT of shipping', '8,000 gross register tons lost'],
  },
  {
    id: 'length',
    words: [
      'kilometre',
      'kilometres',
      'kilometer',
      'kilometers',
      'mile',
      'miles',
      'nautical mile',
      'nautical miles',
      'metre',
      'metres',
      'meter',
      'meters',
      'yard',
      'yards',
      'feet',
      'league',
      'leagues',
      'verst',
      'versts',
    ],
    abbreviations: ['km', 'kms', 'mi', 'nmi', 'yd', 'ft'],
    examples: ['15 km', '40 miles of front', '300 metres of trenches captured'],
  },
  {
    id: 'area',
    words: [
      'square kilometre',
      'square kilometres',
      'square kilometer',
      'square kilometers',
      'square mile',
      'square miles',
      'acre',
      'acres',
      'hectare',
      'hectares',
    ],
    abbreviations: ['km²', 'km2', 'sq km', 'sq. km', 'sq mi', 'sq. mi', 'ha'],
    examples: ['1,200 km² lost', '3,000 square kilometres captured', '50 acres', '400 hectares of forest destroyed'],
  },
  {
    id: 'volume',
    words: [
      'litre',
      'litres',
      'liter',
      'liters',
      'gallon',
      'gallons',
      'cubic metre',
      'cubic metres',
      'cubic meter',
      'cubic meters',
    ],
    abbreviations: ['m³', 'bbl'],
    examples: ['2 million litres of fuel destroyed', '10,000 gallons of fuel captured', '500 bbl of oil'],
  },
];
