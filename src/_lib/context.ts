// Support: the context every stage receives — options and a diagnostics collector.
import type { Warning, WarningCode } from '../model/warning.js';
import type { Extension } from './extension.js';

// Every option also takes `undefined` (as absent), for callers compiled with exactOptionalPropertyTypes.
export interface ParseOptions {
  /** Force a reader instead of detecting the format. */
  format?: 'plain' | 'wikitext' | undefined;
  /** Title to use when the text has none (wikitext pages carry no title). */
  title?: string | undefined;
  /** MediaWiki page id to record in the Conflict (from fetch or a dump). */
  pageId?: number | undefined;
  /** MediaWiki revision id to record in the Conflict. */
  revisionId?: number | undefined;
  /** Wikidata item id of the page (`Q123`) to record in the Conflict; `null` records that the page has none. */
  itemId?: string | null | undefined;
  /** `false` skips the lead and sections (infobox, figures and references only): much faster. Default true. */
  sections?: boolean | undefined;
  /** Largest input accepted, in UTF-8 bytes; larger input throws an InputError `too-large`. Default DEFAULT_MAX_BYTES (10 MiB); `Infinity` lifts the limit. */
  maxBytes?: number | undefined;
}

/** 10 MiB: about five times the largest article on the English Wikipedia, so only wrong files reach it. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface Context {
  options: ParseOptions;
  /** Template rules and kind words a caller added through createParser; absent: the built-in tables only. */
  extension?: Extension;
  warnings: Warning[];
  /** Records a warning once per (code, field, message). */
  warn(code: WarningCode, message: string, field?: string, severity?: Warning['severity']): void;
}

/**
 * Creates a fresh context for one parse.
 * @example const ctx = createContext({ title: 'Battle of X' });
 */
export function createContext(options: ParseOptions = {}, extension?: Extension): Context {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  return {
    options,
    ...(extension !== undefined ? { extension } : {}),
    warnings,
    warn(code, message, field, severity = 'warning') {
      const key = `${code}\u0000${field ?? ''}\u0000${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      warnings.push(field === undefined ? { code, severity, message } : { code, severity, message, field });
    },
  };
}
