// Test helper: reads a --to wikidata-json document back into figure-like records, without the emitter's code.
import type { WikibaseSnak, WikibaseStatement, WikidataJson } from '../../src/wikidata/render-wikidata-json.js';

export interface ReadBack {
  kind: string;
  min: number;
  max: number;
  approximate: boolean;
  /** Labels (or ids) of the side qualifier's values, in order. */
  sides: string[];
  subject: string | null;
  source: string | null;
  start: string | null;
  end: string | null;
}

const KINDS: Record<string, string> = {
  P1120: 'killed',
  P1339: 'wounded',
  P1446: 'missing',
  P1590: 'casualties',
  P1132: 'strength',
};

function itemOf(
  snak: WikibaseSnak,
  at: string,
  unresolved: { at: string; label: string }[],
  labels: ReadonlyMap<string, string>,
): string {
  if (snak.snaktype === 'somevalue') {
    const hit = unresolved.find((u) => u.at === at);
    if (!hit) throw new Error(`a somevalue snak at ${at} names no label`);
    return hit.label;
  }
  const id = (snak.datavalue?.value as { id: string } | undefined)?.id ?? '';
  return labels.get(id) ?? id;
}

/**
 * The figures a document's statements say, `claims` and `pending` alike: kind from the property, min/max from the
 * bounds (or the amount), approximation from sourcing circumstances, and the qualifiers' items as labels (`labels`
 * maps known ids back to names; unresolved ones carry their label).
 */
export function readBack(doc: WikidataJson, labels: ReadonlyMap<string, string>, sideProperty = 'P710'): ReadBack[] {
  const all: { statement: WikibaseStatement; unresolved: { at: string; label: string }[] }[] = [
    ...Object.values(doc.claims)
      .flat()
      .map((statement) => ({ statement, unresolved: [] })),
    ...doc.pending,
  ];
  return all.map(({ statement, unresolved }) => {
    const value = statement.mainsnak.datavalue!.value as { amount: string; lowerBound?: string; upperBound?: string };
    const q = statement.qualifiers ?? {};
    const items = (p: string): string[] =>
      (q[p] ?? []).map((s, i) => itemOf(s, `qualifiers/${p}/${i}`, unresolved, labels));
    const time = (p: string): string | null =>
      (q[p]?.[0]?.datavalue?.value as { time: string } | undefined)?.time ?? null;
    return {
      kind: KINDS[statement.mainsnak.property] ?? statement.mainsnak.property,
      min: Number(value.lowerBound ?? value.amount),
      max: Number(value.upperBound ?? value.amount),
      approximate: (q.P1480 ?? []).some((s) => (s.datavalue?.value as { id: string } | undefined)?.id === 'Q5727902'),
      sides: items(sideProperty),
      subject: items('P518')[0] ?? null,
      source: items('P3680')[0] ?? null,
      start: time('P580'),
      end: time('P582'),
    };
  });
}
