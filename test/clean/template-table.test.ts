// Tests for the template table: every rule's examples, unique ids, every alias resolves to a handler.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_RULES } from '../../src/clean/_data/templates/index.js';
import { cleanWikitext } from '../../src/clean/clean-wikitext.js';
import { findTemplateRule, TEMPLATE_ALIASES } from '../../src/clean/lookup-template.js';
import { normalizeTemplateName } from '../../src/wikitext/template-name.js';
import { createContext } from '../../src/_lib/context.js';

const cases = TEMPLATE_RULES.flatMap((rule) =>
  rule.examples.map(([input, expected]) => ({ id: rule.id, input, expected })),
);

describe('template table examples', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    const ctx = createContext();
    expect(cleanWikitext(input, ctx).text).toBe(expected);
    expect(ctx.warnings.filter((w) => w.code === 'unknown-template')).toEqual([]);
  });
});

describe('template table shape', () => {
  it('has unique rule ids in kebab-case', () => {
    const ids = TEMPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every rule at least one example and one name or family', () => {
    for (const rule of TEMPLATE_RULES) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.names.length + (rule.prefixes?.length ?? 0) + (rule.suffixes?.length ?? 0), rule.id).toBeGreaterThan(
        0,
      );
    }
  });

  it('never gives one alias to two rules', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const rule of TEMPLATE_RULES) {
      for (const name of rule.names) {
        const key = normalizeTemplateName(name);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== rule.id) clashes.push(`${key}: ${previous} / ${rule.id}`);
        owner.set(key, rule.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every alias to its own rule, which has a handler', () => {
    for (const rule of TEMPLATE_RULES) {
      for (const name of rule.names) {
        const found = findTemplateRule(normalizeTemplateName(name));
        expect(found?.id, name).toBe(rule.id);
        const h = found!.handler;
        expect(h === 'drop' || h === 'footnote' || typeof h === 'function' || typeof h === 'object', name).toBe(true);
      }
    }
    expect(TEMPLATE_ALIASES.size).toBeGreaterThan(500);
  });

  it.each([
    ['Template:Flag_icon', 'flag icon'],
    ['Unbulleted  list', 'unbulleted list'],
    ['template:Citation needed', 'citation needed'],
    ['Template : Flag_icon', 'flag icon'],
    ['  UBL ', 'ubl'],
  ])('normalises %s', (raw, expected) => {
    expect(normalizeTemplateName(raw)).toBe(expected);
  });

  it.each([
    ['campaignbox western desert', 'navigation-box'],
    ['cite encyclopaedia', 'citation'],
    ['pp-semi-indef', 'page-banner'],
    ['lang-uk', 'lang-code'],
    ['ru icon', 'language-icon'],
    ['citation needed', 'inline-cleanup-tag'],
  ])('finds the family of %s', (name, id) => {
    expect(findTemplateRule(name)?.id).toBe(id);
  });
});
