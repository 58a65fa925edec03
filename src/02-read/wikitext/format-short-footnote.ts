// Stage 2 (read, wikitext): the text of a short footnote ({{sfn|Barker|2005|p=320}} → "Barker 2005, p. 320").

export interface ShortFootnoteParts {
  /** Positional parameters as plain text: authors, then the year last. */
  positional: string[];
  /** Named parameters as plain text, lower-case names (p, pp, loc, page, pages, at). */
  named: ReadonlyMap<string, string>;
  /** {{sfnp}} puts the year in brackets. */
  parenthesised: boolean;
}

/**
 * Formats a short citation as the Harvard footnote templates render it: one author "A", two "A & B",
 * three "A, B & C", four or more "A et al.", then the year, then ", p. N" / ", pp. N–M" / ", loc".
 * @example formatShortFootnote({ positional: ['Barker', '2005'], named: new Map([['p', '320']]), parenthesised: false }) // 'Barker 2005, p. 320'
 */
export function formatShortFootnote(parts: ShortFootnoteParts): string {
  const values = parts.positional.filter((v) => v !== '');
  const year = values.length > 1 ? values[values.length - 1]! : '';
  const authors = values.length > 1 ? values.slice(0, -1) : values;
  let who: string;
  if (authors.length >= 4) who = `${authors[0]} et al.`;
  else if (authors.length === 3) who = `${authors[0]}, ${authors[1]} & ${authors[2]}`;
  else who = authors.join(' & ');
  let text = who;
  if (year !== '') text += parts.parenthesised ? ` (${year})` : ` ${year}`;
  const page = parts.named.get('p') ?? parts.named.get('page');
  const pages = parts.named.get('pp') ?? parts.named.get('pages');
  const loc = parts.named.get('loc') ?? parts.named.get('at');
  if (page !== undefined && page !== '') text += `, p. ${page}`;
  else if (pages !== undefined && pages !== '') text += `, pp. ${pages}`;
  if (loc !== undefined && loc !== '') text += `, ${loc}`;
  return text.trim();
}
