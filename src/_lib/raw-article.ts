// Support: the one intermediate record both readers produce; everything after "read" is shared.
import type { Reference } from '../model/reference.js';
import type { Section } from '../model/section.js';
import type { CleanValue } from './clean-value.js';

export interface RawField {
  /** Parameter name, trimmed and lower-cased. */
  name: string;
  /** Exactly as given in the source (trimmed). */
  raw: string;
  value: CleanValue;
}

export interface RawInfobox {
  /** Template name as written, e.g. "Infobox military conflict". */
  template: string;
  /** True for the conflict infobox or its redirects; false for a conflict-like one (military operation …). */
  standard: boolean;
  fields: RawField[];
}

export interface RawArticle {
  format: 'plain' | 'wikitext';
  title: string | null;
  infobox: RawInfobox | null;
  lead: string[];
  sections: Section[];
  references: Reference[];
  /** The page's first {{coord}} shown beside its title (display=title or inline,title), as written; wikitext only. */
  titleCoordinates?: string | null;
}
