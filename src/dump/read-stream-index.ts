// Dump: the stream offsets of a multistream dump's index (`…-multistream-index.txt.bz2`, lines `offset:pageId:title`).
import { DumpError } from './dump-error.js';
import { decompressDump } from './decompress-dump.js';

/**
 * The distinct byte offsets an index names, ascending (each stream of 100 pages once). Only the offsets are kept,
 * so even English Wikipedia's index (millions of lines) takes a few MB. A line that is not `offset:pageId:title`
 * fails with DumpError `index-mismatch`.
 * @example parseDump(fs.createReadStream(dump), { streamOffsets: await readStreamIndex(fs.createReadStream(index)) })
 */
export async function readStreamIndex(source: AsyncIterable<Uint8Array | string>): Promise<number[]> {
  const offsets: number[] = [];
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let line = 0;
  const take = (text: string): void => {
    line++;
    if (text === '') return;
    const match = /^(\d+):\d+:/.exec(text);
    if (!match)
      throw new DumpError(
        'index-mismatch',
        `the index does not match the dump: its line ${line} is not "offset:pageId:title"`,
      );
    const offset = Number(match[1]);
    // Lines come in dump order: a new offset is a new stream.
    if (offsets.length === 0 || offsets[offsets.length - 1] !== offset) offsets.push(offset);
  };
  for await (const bytes of decompressDump(source)) {
    const lines = (rest + decoder.decode(bytes, { stream: true })).split('\n');
    rest = lines.pop()!;
    for (const text of lines) take(text);
  }
  rest += decoder.decode();
  if (rest !== '') take(rest);
  return offsets;
}
