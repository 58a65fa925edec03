// Tests for what an output path names: a file to replace, a pipe/device/socket to write into, a symbolic link followed only within its folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_ERROR_CODES, OutputError, resolveOutputTarget } from '../../src/cli/output-target.js';

// Real paths, so the expected targets read the same as the resolved ones (tmpdir may itself be a link).
const base = realpathSync(mkdtempSync(join(tmpdir(), 'wikiconflict-target-')));
const dir = join(base, 'out');
const elsewhere = join(base, 'elsewhere');
let server: Server;

beforeAll(async () => {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  mkdirSync(join(elsewhere, 'deep'), { recursive: true });
  writeFileSync(join(dir, 'file.json'), 'old\n');
  writeFileSync(join(dir, 'sub', 'inner.json'), 'old\n');
  writeFileSync(join(elsewhere, 'other.json'), 'old\n');
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  server = createServer().listen(join(dir, 'socket'));
  await new Promise((resolve) => server.once('listening', resolve));
  const links: [string, string][] = [
    ['to-file.json', 'file.json'],
    ['to-sub.json', 'sub/inner.json'],
    ['to-missing.json', 'not-yet.json'],
    ['to-pipe', 'pipe'],
    ['to-link.json', 'to-file.json'],
    ['absolute-inside.json', join(dir, 'file.json')],
    ['to-outside.json', join(elsewhere, 'other.json')],
    ['dot-dot.json', '../elsewhere/other.json'],
    ['to-outside-missing.json', join(elsewhere, 'new.json')],
    ['to-null', '/dev/null'],
    ['link-to-outside-link.json', 'to-outside.json'],
    // `far` leads into elsewhere/deep, so far/../x is elsewhere/x by the kernel's rules, though 'far/..' reads as '.'.
    ['far', join(elsewhere, 'deep')],
    ['via-far.json', 'far/../other.json'],
    ['loop-a', 'loop-b'],
    ['loop-b', 'loop-a'],
  ];
  for (const [name, target] of links) symlinkSync(target, join(dir, name));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

describe('resolveOutputTarget', () => {
  it.each([
    ['missing.json', { kind: 'replace', path: join(dir, 'missing.json') }],
    ['file.json', { kind: 'replace', path: join(dir, 'file.json') }],
    ['sub', { kind: 'replace', path: join(dir, 'sub') }],
    ['pipe', { kind: 'direct', path: join(dir, 'pipe'), type: 'fifo' }],
    ['socket', { kind: 'direct', path: join(dir, 'socket'), type: 'socket' }],
    ['to-file.json', { kind: 'replace', path: join(dir, 'file.json') }],
    ['to-sub.json', { kind: 'replace', path: join(dir, 'sub', 'inner.json') }],
    ['to-missing.json', { kind: 'replace', path: join(dir, 'not-yet.json') }],
    ['to-pipe', { kind: 'direct', path: join(dir, 'pipe'), type: 'fifo' }],
    ['to-link.json', { kind: 'replace', path: join(dir, 'file.json') }],
    ['absolute-inside.json', { kind: 'replace', path: join(dir, 'file.json') }],
  ])('%s', async (name, expected) => {
    expect(await resolveOutputTarget(join(dir, name))).toEqual(expected);
  });

  it('/dev/null is a character device, written into', async () => {
    expect(await resolveOutputTarget('/dev/null')).toEqual({
      kind: 'direct',
      path: '/dev/null',
      type: 'character-device',
    });
  });

  it('a relative path is read from the working folder', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await resolveOutputTarget('to-sub.json')).toEqual({
        kind: 'replace',
        path: join(dir, 'sub', 'inner.json'),
      });
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    ['to-outside.json', join(elsewhere, 'other.json')],
    ['dot-dot.json', join(elsewhere, 'other.json')],
    ['to-outside-missing.json', join(elsewhere, 'new.json')],
    ['to-null', '/dev/null'],
    ['link-to-outside-link.json', join(elsewhere, 'other.json')],
    ['via-far.json', join(elsewhere, 'other.json')],
  ])('%s is refused: symlink-outside-folder', async (name, target) => {
    const error = await resolveOutputTarget(join(dir, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect(error).toMatchObject({
      code: 'symlink-outside-folder',
      message: `is a symbolic link to ${target}, outside its folder ${dir}; not followed (give that path itself to write there)`,
    });
  });

  it('a loop of links fails with ELOOP', async () => {
    await expect(resolveOutputTarget(join(dir, 'loop-a'))).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('a path under a file fails with ENOTDIR, under a missing folder with ENOENT', async () => {
    await expect(resolveOutputTarget(join(dir, 'file.json', 'x.json'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(resolveOutputTarget(join(dir, 'nope', 'x.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('codes are unique', () => {
    expect(new Set(OUTPUT_ERROR_CODES).size).toBe(OUTPUT_ERROR_CODES.length);
  });
});
