import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DISAMBIGUATION_TEMPLATES,
  REDIRECT_KEYWORDS,
  TALK_PAGE_TEMPLATES,
} from '../../src/02-read/_data/page-kind-templates.js';
import { readRedirectTarget } from '../../src/02-read/wikitext/detect-page-kind.js';
import { codes, read } from './wikitext-helpers.js';

const fixture = (file: string) => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');

describe('page kinds on corpus pages', () => {
  it('battle-of-aboukir-bay.wiki is a redirect naming its target (info)', () => {
    const raw = read(fixture('battle-of-aboukir-bay.wiki'));
    const w = raw.warnings.find((x) => x.code === 'redirect');
    expect(w?.severity).toBe('info');
    expect(w?.message).toContain('"Battle of the Nile"');
    expect(raw.infobox).toBeNull();
    expect(raw.lead).toEqual([]);
  });

  it('battle-of-adrianople-disambiguation.wiki is a disambiguation page, still read', () => {
    const raw = read(fixture('battle-of-adrianople-disambiguation.wiki'));
    expect(codes(raw.warnings)).toEqual(['disambiguation', 'no-infobox']);
    expect(raw.lead.length).toBe(3);
    expect(raw.lead[2]?.split('\n')).toHaveLength(16);
    // "See also" is apparatus.
    expect(raw.sections).toEqual([]);
  });

  it('talk-battle-of-swiecino.wiki is not an article, still read', () => {
    const raw = read(fixture('talk-battle-of-swiecino.wiki'));
    expect(codes(raw.warnings)).toContain('not-article');
    expect(codes(raw.warnings)).toContain('no-infobox');
    expect(raw.sections[0]?.title).toBe('Early discussions');
    expect(raw.sections.length).toBeGreaterThan(1);
  });
});

describe('page kinds: tables', () => {
  it.each(REDIRECT_KEYWORDS.flatMap((e) => e.examples))('%s is a redirect', (source) => {
    expect(readRedirectTarget(source)).toBe('Battle of the Nile');
    expect(read(source).warnings[0]).toEqual(expect.objectContaining({ code: 'redirect', severity: 'info' }));
  });

  it.each(['#REDIRECT[[Battle of the Nile#Aftermath|x]]', '  \n#redirect  [[ Battle of the Nile#Aftermath ]]'])(
    '%s keeps the section in the target',
    (source) => {
      expect(readRedirectTarget(source)).toBe('Battle of the Nile#Aftermath');
    },
  );

  it.each(['The #redirect [[X]] in prose', '#REDIRECTION', '#redirect to nowhere', '#redirects [[X]]'])(
    '%s is not a redirect',
    (source) => {
      expect(readRedirectTarget(source)).toBeNull();
    },
  );

  it.each(DISAMBIGUATION_TEMPLATES.flatMap((e) => e.examples))('%s marks a disambiguation page', (source) => {
    expect(codes(read(`'''X''' may refer to:\n* [[X (1)]]\n\n${source}`).warnings)).toContain('disambiguation');
  });

  it.each(TALK_PAGE_TEMPLATES.flatMap((e) => e.examples))('%s marks a talk page', (source) => {
    expect(codes(read(`${source}\n== Section ==\nA remark.`).warnings)).toContain('not-article');
  });

  it('a signature with (UTC) marks a talk page, a user link alone does not', () => {
    expect(codes(read('Good point. [[User:Someone|Someone]] 12:00, 1 May 2017 (UTC)').warnings)).toContain(
      'not-article',
    );
    expect(codes(read('See [[User:Someone]].').warnings)).not.toContain('not-article');
  });

  it('an ordinary article gets none of these warnings', () => {
    const raw = read('{{Infobox military conflict|conflict=X}}\nThe battle.\n== Aftermath ==\n{{Main|Y}}\nPeace.');
    expect(raw.warnings).toEqual([]);
  });

  it('table ids are unique', () => {
    for (const table of [DISAMBIGUATION_TEMPLATES, TALK_PAGE_TEMPLATES, REDIRECT_KEYWORDS])
      expect(new Set(table.map((e) => e.id)).size).toBe(table.length);
  });
});
