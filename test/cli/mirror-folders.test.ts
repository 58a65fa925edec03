// CLI support: the folder convert's inputs share, and the folders of each input below it (mirrored under --out).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCommonFolder, mirroredFolders } from '../../src/cli/mirror-folders.js';

describe('findCommonFolder', () => {
  it.each([
    [['/w/in'], '/w/in'],
    [['/w/in/a', '/w/in/b'], '/w/in'],
    [['/w/in/a', '/w/in/a/b/c'], '/w/in/a'],
    [['/w/in/ab', '/w/in/a'], '/w/in'],
    [['/w/in/a', '/tmp/x'], '/'],
    [['/w/in/a', '/w/in/./a/'], '/w/in/a'],
  ])('%j → %s', (folders, common) => {
    expect(findCommonFolder(folders)).toBe(common);
  });

  it('reads relative folders from the current folder, which is also the answer for none', () => {
    expect(findCommonFolder(['fixtures/corpus', 'fixtures/bad'])).toBe(resolve('fixtures'));
    expect(findCommonFolder([])).toBe(process.cwd());
  });
});

describe('mirroredFolders', () => {
  it.each([
    ['/w/in/x.wiki', '/w/in', []],
    ['/w/in/a/b/x.wiki', '/w/in', ['a', 'b']],
    ['/tmp/y.wiki', '/', ['tmp']],
  ])('%s below %s → %j', (file, root, folders) => {
    expect(mirroredFolders(file, root)).toEqual(folders);
  });
});
