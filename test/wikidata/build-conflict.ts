// Test helper: hand-built Conflicts and figures, so the Wikidata tests do not move when the splitter improves.
import type { Conflict, Side } from '../../src/model/conflict.js';
import type { Figure } from '../../src/model/figure.js';
import type { Party } from '../../src/model/party.js';
import type { Reference } from '../../src/model/reference.js';
import { makeFigure } from '../helpers/make-figure.js';

export function figure(over: Partial<Figure> & Pick<Figure, 'kind'>): Figure {
  const min = over.min === undefined ? 3 : over.min;
  return makeFigure({
    min,
    max: over.max === undefined ? min : over.max,
    text: `${min} ${over.kind}`,
    rule: 'test',
    ...over,
  });
}

export function party(name: string, over: Partial<Party> = {}): Party {
  return { name, link: null, flag: null, row: '', group: null, qualifier: null, ...over };
}

export function side(index: number, combatants: Party[], casualties: Figure[], strength: Figure[] = []): Side {
  return {
    index,
    combatants,
    commanders: [],
    units: [],
    strength: strength.length > 0 ? { text: '', figures: strength } : null,
    casualties: casualties.length > 0 ? { text: '', figures: casualties } : null,
  };
}

export function conflict(over: Partial<Conflict> = {}): Conflict {
  return {
    title: 'Battle of Test',
    format: 'wikitext',
    infobox: null,
    name: 'Battle of Test',
    partOf: null,
    date: { text: '8 November 2013', start: '2013-11-08', end: '2013-11-08', ongoing: false },
    place: null,
    coordinates: null,
    result: null,
    territory: null,
    status: null,
    notes: null,
    sides: [],
    otherCasualties: null,
    lead: [],
    sections: [],
    references: [] as Reference[],
    warnings: [],
    ...over,
  };
}
