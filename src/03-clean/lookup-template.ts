// Stage 3 (clean): find the rule for a template name — one alias map, names normalised once.
import { TEMPLATE_RULES } from './_data/templates/index.js';
import type { TemplateRule } from './template-rule.js';

/**
 * Normalises a template name the way aliases are stored: no `Template:` prefix, `_` → space,
 * runs of spaces collapsed, lower case (MediaWiki only folds the first letter; we fold all, which
 * costs nothing and catches `{{Flag Icon}}`-style spellings).
 * @example normalizeTemplateName('Template:Flag_icon') // → 'flag icon'
 */
export function normalizeTemplateName(raw: string): string {
  let name = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^template\s?:/i.test(name)) name = name.slice(name.indexOf(':') + 1).trim();
  return name.toLowerCase();
}

/** Every alias → its rule. Built once; duplicate aliases are a programming error (tested). */
export const TEMPLATE_ALIASES: ReadonlyMap<string, TemplateRule> = buildAliasMap(TEMPLATE_RULES);

/** Prefix families, longest prefix first so the most specific family wins. */
const PREFIXES: ReadonlyArray<readonly [string, TemplateRule]> = TEMPLATE_RULES.flatMap((rule) =>
  (rule.prefixes ?? []).map((p) => [p.toLowerCase().replace(/_/g, ' '), rule] as const),
).sort((a, b) => b[0].length - a[0].length);

/** Suffix families, longest first. */
const SUFFIXES: ReadonlyArray<readonly [string, TemplateRule]> = TEMPLATE_RULES.flatMap((rule) =>
  (rule.suffixes ?? []).map((p) => [p.toLowerCase(), rule] as const),
).sort((a, b) => b[0].length - a[0].length);

/**
 * The rule for a normalised template name: an exact alias first, then the longest matching prefix,
 * then the longest matching suffix.
 * @example findTemplateRule('ubl')?.id // → 'unbulleted-list'
 */
export function findTemplateRule(name: string): TemplateRule | undefined {
  const exact = TEMPLATE_ALIASES.get(name);
  if (exact !== undefined) return exact;
  for (const [prefix, rule] of PREFIXES) if (name.startsWith(prefix)) return rule;
  for (const [suffix, rule] of SUFFIXES) if (name.endsWith(suffix) && name.length > suffix.length) return rule;
  return undefined;
}

function buildAliasMap(rules: readonly TemplateRule[]): Map<string, TemplateRule> {
  const map = new Map<string, TemplateRule>();
  for (const rule of rules) for (const name of rule.names) map.set(normalizeTemplateName(name), rule);
  return map;
}
