// Stage 3 (clean): wikitext value → CleanValue. STUB: replaced by the template-table cleaner.
import { plainValue, type CleanValue } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';

export function cleanWikitext(text: string, _ctx?: Context): CleanValue {
  return plainValue(text.replace(/<br\s*\/?>/gi, '\n').trim());
}
