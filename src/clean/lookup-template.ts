// Clean service: find the rule for a template name — one alias map, names normalised once.
import { normalizeTemplateName } from '../wikitext/template-name.js';
import { TEMPLATE_RULES } from './_data/templates/index.js';
import type { TemplateRule } from './template-rule.js';

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
