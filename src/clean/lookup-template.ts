// Clean service: find the rule for a template name — one alias map, names normalised once.
import type { Extension, ExtensionHandler, ExtensionTemplate } from '../_lib/extension.js';
import { normalizeTemplateName } from '../wikitext/template-name.js';
import { TEMPLATE_RULES } from './_data/templates/index.js';
import type { TemplateHandler, TemplateRule } from './template-rule.js';

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
export function findTemplateRule(name: string, extension?: Extension): TemplateRule | undefined {
  if (extension !== undefined && extension.templates.length > 0) {
    const added = extensionAliases(extension).get(name);
    if (added !== undefined) return added;
  }
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

/** A caller's handler as a table handler; a function's text is printed as it is. */
function tableHandler(handler: ExtensionHandler): TemplateHandler {
  if (typeof handler !== 'function') return handler;
  return (call) => {
    const text = handler({ name: call.name, text: (key) => call.text(key), texts: () => call.texts() });
    return typeof text === 'string' && text !== '' ? [{ text }] : [];
  };
}

function ruleOf(template: ExtensionTemplate): TemplateRule {
  return {
    id: `extension-${normalizeTemplateName(template.names[0]!).replace(/\s+/g, '-')}`,
    names: template.names,
    handler: tableHandler(template.handler),
    external: true,
    examples: [],
  };
}

/** Each extension's alias map, built on first use; later rules of one extension win, as in an object literal. */
const EXTENSION_ALIASES = new WeakMap<Extension, ReadonlyMap<string, TemplateRule>>();

function extensionAliases(extension: Extension): ReadonlyMap<string, TemplateRule> {
  let map = EXTENSION_ALIASES.get(extension);
  if (map === undefined) {
    map = buildAliasMap(extension.templates.map(ruleOf));
    EXTENSION_ALIASES.set(extension, map);
  }
  return map;
}
