// What a template-table entry must hold (the README's example is checked against it).
import { TEMPLATE_RULES } from '../../src/clean/_data/templates/index.js';

/** The problems of an entry: missing keys, an id or name the table already has. */
export function checkTemplateEntry(rule: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['id', 'names', 'handler', 'examples']) if (!(key in rule)) problems.push(`no ${key}`);
  if (TEMPLATE_RULES.some((r) => r.id === rule.id)) problems.push(`id ${String(rule.id)} is taken`);
  const names = new Set(TEMPLATE_RULES.flatMap((r) => r.names.map((n) => n.toLowerCase())));
  for (const n of (rule.names as string[] | undefined) ?? [])
    if (names.has(n.toLowerCase())) problems.push(`name ${n} is taken`);
  return problems;
}
