import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('package metadata', () => {
  it('VERSION matches package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('CHANGELOG has an entry for the current version', () => {
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    expect(changelog).toContain(`## ${VERSION}`);
  });

  it('declares the published shape the README promises', () => {
    expect(pkg.name).toBe('wikiconflict');
    expect(pkg.license).toBe('GPL-3.0-or-later');
    expect(pkg.type).toBe('module');
    expect(pkg.files).toEqual(['dist', 'schema.json']);
    expect((pkg.engines as Record<string, string>).node).toBe('>=20.19');
    expect(pkg.bin).toEqual({ wikiconflict: './dist/cli.js' });
  });
});
