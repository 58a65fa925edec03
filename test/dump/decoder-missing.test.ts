// Tests a decoder asked for by name that is not on PATH: no lane starts, and the dump fails with a DumpError as a
// piece decoded alone does. A file of its own: the program lookup is cached per module graph.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { DecoderProcesses } from '../../src/dump/bzip2-decoders.js';
import { DecoderLanes } from '../../src/dump/decoder-lanes.js';
import { decompressDump } from '../../src/dump/decompress-dump.js';
import { DumpError } from '../../src/dump/dump-error.js';

// Made before PATH is emptied.
const streams = ['<a>', '</a>'].map((part) => execFileSync('bzip2', ['-9c'], { input: part }));

describe('lbzip2 asked for but not on PATH', () => {
  const path = process.env.PATH;
  beforeEach(() => void (process.env.PATH = ''));
  afterEach(() => void (process.env.PATH = path));

  it('starts no lane', () => {
    expect(new DecoderLanes('lbzip2', 2, new DecoderProcesses()).decode(streams[0]!)).toBeNull();
  });

  it('fails the dump with a DumpError that names the program', async () => {
    const error = await (async () => {
      for await (const _ of decompressDump(Readable.from([Buffer.concat(streams)]), {
        decoder: 'lbzip2',
        pieceBytes: 1,
      }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DumpError);
    expect(String((error as DumpError).cause)).toContain('lbzip2 is not on PATH');
  });
});
