import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/_lib/corpus.js';
import { codes, read } from './wikitext-helpers.js';

const pathOf = new Map(corpusPages().map((p) => [p.file, p.path]));
const files = [...pathOf.keys()];
const NOT_CONFLICTS = new Set([
  'battle-of-aboukir-bay.wiki',
  'battle-of-adrianople-disambiguation.wiki',
  'talk-battle-of-swiecino.wiki',
  'battle-of-el-alamein.wiki',
]);

describe('every corpus page', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(pathOf.get(file)!, 'utf8');
    const raw = read(text);
    if (NOT_CONFLICTS.has(file)) {
      expect(raw.infobox).toBeNull();
      expect(codes(raw.warnings).some((c) => c === 'redirect' || c === 'disambiguation' || c === 'not-article')).toBe(
        true,
      );
      return;
    }
    expect(raw.infobox?.standard).toBe(true);
    const names = raw.infobox?.fields.map((f) => f.name) ?? [];
    expect(names).toContain('combatant1');
    expect(new Set(names).size).toBe(names.length);
    expect(raw.lead.length).toBeGreaterThan(0);
    expect(raw.sections.length).toBeGreaterThan(0);
    if (text.includes('<ref')) expect(raw.references.length).toBeGreaterThan(0);
    expect(new Set(raw.references.map((r) => r.id)).size).toBe(raw.references.length);
    // Every ref anchored in a field points at a reference that lists the field.
    const byId = new Map(raw.references.map((r) => [r.id, r]));
    for (const f of raw.infobox?.fields ?? [])
      for (const a of f.value.refs) expect(byId.get(a.id)?.fields).toContain(f.name);
    // Apparatus sections are gone.
    const titles = raw.sections.map((s) => s.title.toLowerCase());
    for (const t of ['references', 'notes', 'external links', 'see also', 'further reading', 'bibliography'])
      expect(titles).not.toContain(t);
  });
});

describe('sections: false reads the same infobox and references from the infobox alone', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(pathOf.get(file)!, 'utf8');
    const full = read(text);
    const fast = read(text, { sections: false });
    expect(fast.infobox).toEqual(full.infobox);
    expect(fast.references).toEqual(full.references.filter((r) => r.fields.length > 0));
    expect(fast.warnings).toEqual(full.warnings);
    expect(fast.lead).toEqual([]);
    expect(fast.sections).toEqual([]);
  });
});
