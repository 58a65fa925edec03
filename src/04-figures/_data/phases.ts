// Stage 4 (figures) data: header words that name a stage of the conflict, not a side (`Initial:`, `At the end:`).

/** Openings of a header that names a stage: `Initial:`, `At the time of the Soviet counter-offensive:`, `Final phase:`. */
export const PHASE_OPENERS: readonly string[] = [
  'initial', 'initially', 'at first', 'at start', 'at the start', 'at the beginning', 'at the outset', 'at the end',
  'at the time', 'at its height', 'at its peak', 'at peak', 'peak', 'final', 'finally', 'by the end', 'later',
  'reinforcements', 'reinforcement forces', 'reinforcements forces', 'first phase', 'second phase', 'third phase',
  'final phase', 'first stage', 'second stage', 'final stage', 'first day', 'second day', 'third day', 'last day',
  'before the battle', 'after the battle', 'during the battle', 'start of the battle', 'end of the battle', 'phase',
  'stage', 'wave', 'first wave', 'second wave',
];

/** Nouns that make a dated header a stage (`Italian campaign of 1796–97:`, `German attack (6–15 March 1945):`). */
export const PHASE_NOUNS: readonly string[] = [
  'campaign', 'offensive', 'counter-offensive', 'counteroffensive', 'attack', 'counterattack', 'operation', 'siege',
  'battle', 'phase', 'stage', 'assault', 'landing', 'landings', 'retreat', 'advance', 'intervention', 'war', 'front',
];
