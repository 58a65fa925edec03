// Wikidata data: the property and item ids the statements use, in one table (the reasons are in docs/wikidata.md).
import type { FigureKind } from '../../model/figure.js';

/** Properties, by what they say. Each is documented with its source (or the lack of one) in docs/wikidata.md. */
export const PROPERTY = {
  numberOfDeaths: 'P1120',
  numberOfInjured: 'P1339',
  numberOfMissing: 'P1446',
  numberOfCasualties: 'P1590',
  numberOfParticipants: 'P1132',
  participant: 'P710',
  appliesToPart: 'P518',
  statementSupportedBy: 'P3680',
  sourcingCircumstances: 'P1480',
  startTime: 'P580',
  endTime: 'P582',
  importedFromWikimediaProject: 'P143',
  wikimediaImportUrl: 'P4656',
  referenceUrl: 'P854',
  statedIn: 'P248',
  title: 'P1476',
} as const;

/** Items used as values. */
export const ITEM = {
  circa: 'Q5727902',
  gregorianCalendar: 'Q1985727',
  julianCalendar: 'Q1985786',
} as const;

/** The quantity property of each figure kind that has one; the other kinds are skipped with the reason below. */
export const KIND_PROPERTY: Partial<Record<FigureKind, string>> = {
  killed: PROPERTY.numberOfDeaths,
  wounded: PROPERTY.numberOfInjured,
  missing: PROPERTY.numberOfMissing,
  casualties: PROPERTY.numberOfCasualties,
  strength: PROPERTY.numberOfParticipants,
};

/** Why a kind without a property is not written (a count of equipment is `destroyed` or `damaged`). */
export const KIND_WITHOUT_PROPERTY: Record<
  Exclude<FigureKind, 'killed' | 'wounded' | 'missing' | 'casualties' | 'strength'>,
  string
> = {
  captured: 'no Wikidata property for the number of people captured was found (see docs/wikidata.md)',
  arrested: 'no Wikidata property for the number of people arrested was found (see docs/wikidata.md)',
  executed:
    'executions have no property of their own, and number of deaths (P1120) would count them with the deaths in action',
  deserted: 'no Wikidata property for the number of deserters was found (see docs/wikidata.md)',
  displaced: 'no Wikidata property for the number of people displaced by a conflict was found (see docs/wikidata.md)',
  destroyed: 'equipment losses have no Wikidata property (see docs/wikidata.md)',
  damaged: 'equipment damage has no Wikidata property (see docs/wikidata.md)',
  other: 'the figure counts something the splitter could not name',
};

/** The item of each Wikipedia language edition, for `imported from Wikimedia project` (P143). */
export const WIKIPEDIA_EDITION_ITEM: Readonly<Record<string, string>> = {
  en: 'Q328',
  de: 'Q48183',
  fr: 'Q8447',
  es: 'Q8449',
  it: 'Q11920',
  nl: 'Q10000',
  pl: 'Q1551807',
  ru: 'Q206855',
  ja: 'Q177837',
  pt: 'Q11921',
  sv: 'Q169514',
};

/** Subjects that only say "the side's people" on a combatant's side, so they need no qualifier. */
export const GENERIC_PERSONNEL_SUBJECTS: readonly string[] = [
  'men',
  'man',
  'soldiers',
  'soldier',
  'troops',
  'troop',
  'personnel',
  'military personnel',
  'servicemen',
  'combatants',
  'fighters',
  'people',
  'persons',
  'dead',
];
