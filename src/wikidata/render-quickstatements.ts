// Wikidata: statements as QuickStatements (version 1) commands, one tab-separated line per statement.
import type { ItemValue, SnakValue, WikidataResult, WikidataStatement } from './wikidata-statement.js';

/**
 * The mark of an item no id is known for. QuickStatements accepts neither it as an item (the line is refused) nor
 * as a value (a parse error), so an unreviewed line can never be loaded by mistake.
 * @example placeholder('Mali') // 'UNRESOLVED[Mali]'
 */
export function placeholder(label: string): string {
  return `UNRESOLVED[${label
    .replace(/[\t\r\n|]+/g, ' ')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .trim()}]`;
}

function itemText(value: ItemValue): string {
  return value.id ?? placeholder(value.label);
}

/** A string value: one line, no tab, and no `|` (QuickStatements reads `|` as a column break). */
function quote(text: string): string {
  return `"${text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/\|/g, '/')
    .trim()}"`;
}

/**
 * One value in QuickStatements' syntax: an item id, `amount` or `amount~tolerance` (symmetric bounds, the only
 * bounds the syntax has), `+YYYY-MM-DDT00:00:00Z/precision` (`/J` for the Julian calendar), a quoted URL
 * (its `|` percent-encoded) or `lang:"text"`.
 * @example formatValue({ type: 'quantity', amount: '+1250', lowerBound: '+1000', upperBound: '+1500' }) // '1250~250'
 */
export function formatValue(value: SnakValue): string {
  switch (value.type) {
    case 'item':
      return itemText(value);
    case 'quantity': {
      const amount = value.amount.replace(/^\+/, '');
      if (value.lowerBound === null || value.upperBound === null) return amount;
      const tolerance = (Number(value.upperBound) - Number(value.lowerBound)) / 2;
      return `${amount}~${Number.isInteger(tolerance) ? tolerance.toFixed(0) : String(tolerance)}`;
    }
    case 'time':
      return `${value.time}/${value.precision}${value.calendar === 'julian' ? '/J' : ''}`;
    case 'url':
      return `"${value.value.replace(/\|/g, '%7C').replace(/[\t\r\n ]/g, (c) => encodeURIComponent(c))}"`;
    case 'monolingualtext':
      return `${value.language}:${quote(value.text)}`;
  }
}

/**
 * One statement as one line: item, property, value, then each qualifier (`Pxx<TAB>value`) and each reference
 * part (`Sxx<TAB>value`). QuickStatements puts all the `S` parts of a line into one reference.
 * @example renderStatementLine(statement, { type: 'item', id: 'Q123', label: 'X' }) // 'Q123\tP1120\t3\tP710\tQ912\tS143\tQ328\t…'
 */
export function renderStatementLine(statement: WikidataStatement, item: ItemValue): string {
  const cells = [itemText(item), statement.property, formatValue(statement.value)];
  for (const q of statement.qualifiers) cells.push(q.property, formatValue(q.value));
  for (const block of statement.references)
    for (const s of block) cells.push(`S${s.property.slice(1)}`, formatValue(s.value));
  return cells.join('\t');
}

/**
 * The QuickStatements commands for a toWikidata result: one line per statement, each ending with a newline
 * (nothing for no statement). Items without an id are written as `UNRESOLVED[label]`, which QuickStatements
 * refuses: give them in the items map and render again.
 * @example renderQuickStatements(toWikidata(conflict, { items })).split('\n')[0] // 'Q123\tP1339\t1\tP710\tQ912\t…'
 */
export function renderQuickStatements(result: WikidataResult): string {
  return result.statements.map((s) => `${renderStatementLine(s, result.item)}\n`).join('');
}
