// Clean service data: the template table — every rule, joined from the topic files.
import type { TemplateRule } from '../../template-rule.js';
import { DATE_RULES } from './dates.js';
import { FLAG_RULES } from './flags.js';
import { FOOTNOTE_RULES } from './footnotes.js';
import { FORMATTING_RULES } from './formatting.js';
import { LIST_RULES } from './lists.js';
import { MAINTENANCE_RULES } from './maintenance.js';
import { MILITARY_RULES } from './military.js';
import { PUNCTUATION_RULES } from './punctuation.js';

/** All template rules. Order does not matter: names are exact aliases (a test checks they are unique). */
export const TEMPLATE_RULES: readonly TemplateRule[] = [
  ...LIST_RULES,
  ...FLAG_RULES,
  ...DATE_RULES,
  ...MILITARY_RULES,
  ...FORMATTING_RULES,
  ...PUNCTUATION_RULES,
  ...FOOTNOTE_RULES,
  ...MAINTENANCE_RULES,
];
