// Test helper: read wikitext with a fresh context and return the article with its warnings.
import { normalizeInput } from '../../src/01-prepare/normalize-input.js';
import { prepareWikitext } from '../../src/01-prepare/prepare-wikitext.js';
import { FAST_PATH, type ReaderSwitches } from '../../src/wikitext/fast/reader-switches.js';
import { readWikitext } from '../../src/02-read/wikitext/read-wikitext.js';
import { createContext, type ParseOptions } from '../../src/_lib/context.js';
import type { RawArticle } from '../../src/_lib/raw-article.js';
import type { Warning } from '../../src/model/warning.js';

/** Reads `text` the way parseConflict does: the prepare stage first, then the wikitext reader. */
export function read(
  text: string,
  options: ParseOptions = {},
  switches: ReaderSwitches = FAST_PATH,
): RawArticle & { warnings: Warning[] } {
  const ctx = createContext(options);
  const raw = readWikitext(prepareWikitext(normalizeInput(text, ctx), ctx), ctx, switches);
  return { ...raw, warnings: ctx.warnings };
}

export function codes(warnings: readonly Warning[]): string[] {
  return warnings.map((w) => w.code);
}
