// Stage 2 (read, wikitext): pick the conflict infobox (or a conflict-like one) among the page's templates.
import type { WikiTemplate } from '../../wikitext/wiki-node.js';
import { CONFLICT_INFOBOXES, CONFLICT_LIKE_INFOBOXES } from '../../_data/infobox-templates.js';
import { createNameMatcher } from '../../wikitext/template-name.js';

const matchConflictInfobox = createNameMatcher(CONFLICT_INFOBOXES);
const matchConflictLikeInfobox = createNameMatcher(CONFLICT_LIKE_INFOBOXES);

export interface FoundInfobox {
  token: WikiTemplate;
  /** The name as written, comments dropped and spaces collapsed ("Infobox Military Conflict"). */
  template: string;
  standard: boolean;
}

/**
 * Returns the first {{Infobox military conflict}} (any alias) in document order, else the first
 * conflict-like infobox, else null.
 * @example findInfobox(root.querySelectorAll('template'))?.standard // true
 */
export function findInfobox(templates: readonly WikiTemplate[]): FoundInfobox | null {
  let other: WikiTemplate | undefined;
  for (const t of templates) {
    if (matchConflictInfobox(t.name)) return { token: t, template: writtenName(t), standard: true };
    if (other === undefined && matchConflictLikeInfobox(t.name)) other = t;
  }
  return other ? { token: other, template: writtenName(other), standard: false } : null;
}

/**
 * True when `name` (as the parser or an editor writes it) is a conflict infobox or one of its redirects.
 * @example isConflictInfoboxName('Template:Warbox') // true
 */
export function isConflictInfoboxName(name: string): boolean {
  return matchConflictInfobox(name) !== undefined;
}

function writtenName(t: WikiTemplate): string {
  return t.firstChild.text().replace(/\s+/g, ' ').trim();
}
