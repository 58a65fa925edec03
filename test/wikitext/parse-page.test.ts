import Parser from 'wikiparser-node';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePage } from '../../src/wikitext/parse-page.js';

describe('parsePage', () => {
  const before = Parser.viewOnly;
  afterEach(() => {
    Parser.viewOnly = before;
  });

  it('parses with the enwiki config: templates, links and refs become tokens', () => {
    const root = parsePage('{{Infobox battle|a=[[B|c]]<ref>x</ref>}}');
    const template = root.firstChild;
    expect(template?.type).toBe('template');
    expect(root.querySelectorAll('link').map((l) => String(l))).toEqual(['[[B|c]]']);
    expect(root.querySelectorAll('ext#ref')).toHaveLength(1);
  });

  it('stops at maxStage (1 = comments and extension tags only)', () => {
    const root = parsePage('{{a}}<!--c-->', 1);
    expect(root.childNodes.map((n) => n.type)).toEqual(['text', 'comment']);
  });

  it.each([false, true])("restores the caller's Parser.viewOnly (%s)", (setting) => {
    Parser.viewOnly = setting;
    parsePage('[[a]]');
    expect(Parser.viewOnly).toBe(setting);
  });

  it('restores Parser.viewOnly even when the parse throws', () => {
    Parser.viewOnly = false;
    expect(() => parsePage(null as unknown as string)).toThrow();
    expect(Parser.viewOnly).toBe(false);
  });
});
