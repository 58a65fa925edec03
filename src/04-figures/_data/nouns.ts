// Stage 4 (figures) data: nouns that tell equipment from people, and header words that are neither party nor source.

/**
 * Head nouns of equipment (singular; a trailing -s/-es is stripped before lookup). A count of equipment with
 * no verb in a casualties field is `destroyed`.
 */
export const EQUIPMENT_NOUNS: readonly string[] = [
  'tank', 'aircraft', 'airplane', 'aeroplane', 'plane', 'jet', 'fighter', 'bomber', 'helicopter', 'chopper', 'drone', 'uav',
  'gun', 'artillery', 'cannon', 'howitzer', 'mortar', 'piece', 'rocket launcher', 'launcher', 'mlrs', 'machine gun',
  'ship', 'vessel', 'warship', 'battleship', 'cruiser', 'battlecruiser', 'destroyer', 'frigate', 'corvette', 'submarine',
  'boat', 'gunboat', 'sloop', 'galley', 'trireme', 'carrier', 'transport', 'minelayer', 'minesweeper', 'dreadnought',
  'tanker', 'tug', 'lighter', 'barge', 'landing craft', 'craft', 'steamer', 'schooner', 'brig', 'ketch', 'junk', 'fireship',
  'seaplane', 'glider', 'assault gun', 'half-track', 'halftrack', 'armoured train', 'armored train', 'motorcycle',
  'pre-dreadnought', 'ship of the line', 'ships of the line',
  'vehicle', 'apc', 'ifv', 'afv', 'truck', 'lorry', 'jeep', 'humvee', 'car', 'technical', 'wagon', 'armoured car', 'armored car',
  'locomotive', 'train', 'bradley', 'abrams', 'apache', 'mig', 'sukhoi', 'mirage', 'standard', 'colour', 'color', 'flag',
  'horse', 'camel', 'elephant', 'chariot', 'catapult', 'siege engine', 'rifle', 'musket', 'weapon', 'firearm', 'caisson',
];

/** Words of a header or label that name a category, not a party or a source (`'''Personnel:'''`). */
export const CATEGORY_WORDS: readonly string[] = [
  'personnel', 'material', 'materiel', 'matériel', 'equipment', 'military', 'civilian', 'civilians', 'human', 'humans',
  'losses', 'casualties', 'total', 'totals', 'overall', 'people', 'men', 'troops', 'soldiers',
  'naval', 'air', 'ground', 'land', 'sea', 'vehicles', 'aircraft', 'ships', 'estimates', 'modern estimates', 'note', 'notes',
  'killed', 'wounded', 'captured', 'missing', 'dead', 'strength', 'units', 'infantry', 'cavalry', 'artillery',
];

/** Words left out of a subject: determiners and fillers (`9 other ships sunk` → `ships`). */
export const SUBJECT_FILLERS: readonly string[] = [
  'other', 'more', 'additional', 'further', 'of', 'the', 'their', 'his', 'its', 'our', 'were', 'was', 'been', 'have', 'had', 'being', 'also', 'all',
];

export interface StatusWords {
  id: string;
  /** Words (matched whole, case-insensitively) that say what state counted things are in, not what they are. */
  words: readonly string[];
  /** Strings whose status figure takes the enclosing figure's noun (`732 (402 operational) aircraft` → operational aircraft). */
  examples: readonly string[];
}

/**
 * Status adjectives: `402 operational`, `480 serviceable`, `of which 1,200 were mounted` qualify a count of the
 * thing named around them. Alone they are no subject; inside a figure's parenthesis they qualify its noun.
 * Phrases led by a preposition (`in service`, `under repair`) need no entry: a subject stops at a preposition.
 */
export const STATUS_WORDS: readonly StatusWords[] = [
  {
    id: 'readiness',
    words: ['operational', 'serviceable', 'unserviceable', 'combat-ready', 'combat ready', 'battle-ready', 'ready', 'operable', 'inoperable', 'airworthy', 'effective', 'fit'],
    examples: ['732 (402 operational) aircraft', '770 – 900 aircraft (480 serviceable)', '1,029 tanks (850 combat-ready)'],
  },
  {
    id: 'presence',
    words: ['available', 'active', 'deployed', 'engaged', 'committed'],
    examples: ['300 tanks (210 available)', '40 divisions (32 engaged)', '30 aircraft (24 active)'],
  },
  {
    id: 'arms',
    words: ['mounted', 'dismounted', 'armed', 'unarmed', 'equipped'],
    examples: ['10,000 knights and men-at-arms (of which about 1,200 were mounted)', '5,000 militia (3,000 armed)'],
  },
];
