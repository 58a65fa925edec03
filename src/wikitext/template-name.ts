// Wikitext parser: compare template names the way editors write them against our name tables.

/** MediaWiki allows spaces around a namespace's colon ("Template : X"); names are collapsed before the test. */
const TEMPLATE_PREFIX = /^template ?:/;
/** Names remembered per matcher before the memo starts afresh (bounds memory on odd input). */
const MEMO_LIMIT = 4096;

/**
 * Normalises a template name for matching against every name table (the reader's and the cleaner's template
 * rules): drops a "Template:" prefix, turns '_' into ' ', collapses spaces and folds case (MediaWiki folds only
 * the first letter; we accept any case on purpose, which catches `{{Flag Icon}}`-style spellings).
 * @example normalizeTemplateName('Template:Infobox_military_conflict') // 'infobox military conflict'
 */
export function normalizeTemplateName(name: string): string {
  const n = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const prefix = TEMPLATE_PREFIX.exec(n);
  return prefix === null ? n : n.slice(prefix[0].length).trim();
}

/** A table entry that names a template, optionally as a prefix ("Campaignbox" for "Campaignbox Waterloo"). */
export interface NamedEntry {
  id: string;
  name: string;
  prefix?: boolean;
}

/**
 * Compiles a name table into a lookup: exact names by Map, prefixes tried longest first.
 * @example createNameMatcher([{ id: 'dab', name: 'Dab' }])('Template:DAB')?.id // 'dab'
 */
export function createNameMatcher<T extends NamedEntry>(entries: readonly T[]): (name: string) => T | undefined {
  const exact = new Map<string, T>();
  const prefixes: { prefix: string; entry: T }[] = [];
  for (const entry of entries) {
    const key = normalizeTemplateName(entry.name);
    if (!exact.has(key)) exact.set(key, entry);
    if (entry.prefix === true) prefixes.push({ prefix: `${key} `, entry });
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const match = (name: string): T | undefined => {
    const key = normalizeTemplateName(name);
    const hit = exact.get(key);
    if (hit) return hit;
    for (const p of prefixes) if (key.startsWith(p.prefix)) return p.entry;
    return undefined;
  };
  // Pages repeat a few names ({{sfn}}, {{cite book}}) hundreds of times: remember recent answers.
  const memo = new Map<string, T | null>();
  return (name) => {
    const known = memo.get(name);
    if (known !== undefined) return known ?? undefined;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = match(name);
    memo.set(name, found ?? null);
    return found;
  };
}
