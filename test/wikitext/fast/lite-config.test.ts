// The fast reader's vocabulary comes from wikiparser-node's config, whose shape is checked when read.
import Parser from 'wikiparser-node';
import { describe, expect, it } from 'vitest';
import { liteConfig, UpstreamConfigSchema } from '../../../src/wikitext/fast/lite-config.js';

describe('liteConfig', () => {
  it('reads the enwiki vocabulary: namespaces, magic words, switches, redirect keyword', () => {
    const c = liteConfig();
    expect(c.nsid.get('wikipedia')).toBe(4);
    expect(c.namespaces.get(10)).toBe('Template');
    expect(c.insensitive.get('#if')).toBe('if');
    expect(c.switches.has('notoc')).toBe(true);
    expect(c.redirect.exec('#REDIRECT [[Battle of X]]')?.[3]).toBe('Battle of X');
  });

  it("fails by name when an upgrade changes the shape of wikiparser-node's config", () => {
    const upstream = Parser.getConfig();
    expect(UpstreamConfigSchema.safeParse(upstream).success).toBe(true);
    const changed = UpstreamConfigSchema.safeParse({ ...upstream, parserFunction: [{}, {}, []] });
    expect(changed.success).toBe(false);
    expect(changed.error?.issues[0]?.path).toEqual(['parserFunction']);
  });
});
