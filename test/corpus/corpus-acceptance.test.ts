// Acceptance over the whole shared corpus (issue 3 and 4): every page parses, conflict infoboxes are found, the pages
// that are not conflict articles say what they are, common templates are understood, and every figure field splits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/_lib/corpus.js';
import { ConflictSchema, parseConflict, type Conflict } from '../../src/index.js';

const pages = corpusPages().sort((a, b) => a.file.localeCompare(b.file));
const files = pages.map((p) => p.file);
const pathOf = new Map(pages.map((p) => [p.file, p.path]));
const titles = new Map(pages.map((p) => [p.file, p.title]));

// Told from the source independently of the parser: the infobox names of issue 3, a redirect line, a talk title,
// disambiguation and set-index templates.
const CONFLICT_INFOBOX =
  /\{\{\s*(?:template:)?(?:infobox[ _]+military[ _]+conflict|infobox[ _]+battle|infobox[ _]+war|warbox|infobox[ _]+conflict)\s*[|}\n]/i;
const REDIRECT = /^\s*#redirect/i;
const DISAMBIGUATION = /\{\{\s*(?:disambiguation|disambig|dab|set index article|sia|hndis|geodis)\s*[|}]/i;

/** Every casualtiesN/strengthN field that must remain unsplit, with why (none today). */
const ACCEPTED_UNPARSED: ReadonlyArray<readonly [file: string, field: string]> = [];

interface Parsed {
  file: string;
  text: string;
  title: string;
  conflict: Conflict;
}

const parsed: Parsed[] = [];

describe('the corpus', () => {
  it.each(files)('%s parses without an exception to a valid Conflict', (file) => {
    const text = readFileSync(pathOf.get(file)!, 'utf8');
    const title = titles.get(file) ?? file;
    const conflict = parseConflict(text, { title });
    expect(ConflictSchema.safeParse(conflict).success).toBe(true);
    parsed.push({ file, text, title, conflict });

    if (CONFLICT_INFOBOX.test(text)) {
      expect(conflict.infobox).not.toBeNull();
      expect(conflict.sides.length).toBeGreaterThanOrEqual(2);
      expect(conflict.sides[0]!.combatants.length).toBeGreaterThan(0);
      expect(conflict.warnings.map((w) => w.code)).not.toContain('no-infobox');
    } else {
      expect(conflict.infobox).toBeNull();
      expect(conflict.warnings.map((w) => w.code)).toContain('no-infobox');
    }
    const codes = conflict.warnings.map((w) => w.code);
    if (REDIRECT.test(text)) expect(codes).toContain('redirect');
    if (title.startsWith('Talk:')) expect(codes).toContain('not-article');
    if (DISAMBIGUATION.test(text) || title.endsWith('(disambiguation)')) expect(codes).toContain('disambiguation');
  });

  it('holds a redirect, a disambiguation page and a talk page, each saying what it is', () => {
    const kinds = (code: string) =>
      parsed.filter((p) => p.conflict.warnings.some((w) => w.code === code)).map((p) => p.file);
    expect(kinds('redirect')).toEqual(parsed.filter((p) => REDIRECT.test(p.text)).map((p) => p.file));
    expect(kinds('redirect').length).toBeGreaterThanOrEqual(1);
    expect(kinds('disambiguation').length).toBeGreaterThanOrEqual(1);
    expect(kinds('not-article')).toEqual(parsed.filter((p) => p.title.startsWith('Talk:')).map((p) => p.file));
    expect(kinds('not-article').length).toBeGreaterThanOrEqual(1);
    // Only these pages lack a conflict infobox.
    for (const p of parsed.filter((q) => q.conflict.infobox === null)) {
      expect(
        p.conflict.warnings.some(
          (w) => w.code === 'redirect' || w.code === 'disambiguation' || w.code === 'not-article',
        ),
      ).toBe(true);
    }
  });

  it('leaves no unknown-template warning for a template found in three or more articles', () => {
    expect(parsed.length).toBe(files.length);
    const articlesPerTemplate = new Map<string, Set<string>>();
    for (const p of parsed) {
      for (const w of p.conflict.warnings.filter((x) => x.code === 'unknown-template')) {
        const name = /\{\{#?([^}:]+)/.exec(w.message)?.[1]?.trim().toLowerCase() ?? w.message;
        const set = articlesPerTemplate.get(name) ?? new Set<string>();
        set.add(p.file);
        articlesPerTemplate.set(name, set);
      }
    }
    const common = [...articlesPerTemplate].filter(([, set]) => set.size >= 3).map(([name]) => name);
    expect(common).toEqual([]);
  });

  it('splits every casualtiesN and strengthN with no unparsed-figure warning', () => {
    expect(parsed.length).toBe(files.length);
    const unparsed = parsed.flatMap((p) =>
      p.conflict.warnings
        .filter(
          (w) =>
            w.code === 'unparsed-figure' && /^(?:casualties|strength|polstrength|milstrength)\d/.test(w.field ?? ''),
        )
        .map((w) => [p.file, w.field!] as const),
    );
    expect(unparsed).toEqual(ACCEPTED_UNPARSED);
  });

  it('reads at least one figure from every non-empty casualtiesN and strengthN that holds a digit', () => {
    for (const p of parsed) {
      for (const side of p.conflict.sides) {
        for (const figures of [side.strength, side.casualties]) {
          if (figures && /\d/.test(figures.text))
            expect(figures.figures.length, `${p.file} side ${side.index}: ${figures.text}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
