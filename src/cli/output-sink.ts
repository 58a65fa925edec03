// CLI support: where rendered articles go — one file each in --out DIR (written atomically), or all to stdout.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliFailure, type CliIo } from './cli-io.js';
import { describeFailure } from './describe-failure.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface OutputSink {
  /** Writes one rendered article under `name` (a base name without extension). */
  write(name: string, rendered: string): Promise<void>;
  /** Ends the output (closes the JSON array on stdout). */
  close(): Promise<void>;
}

// Characters that are unsafe in file names on some system, and control characters.
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/**
 * A file base name from an article title or file name: unsafe characters and spaces become `_`.
 * @example safeFileName('Battle of Świecino') // 'Battle_of_Świecino'
 */
export function safeFileName(name: string): string {
  const cleaned = name.replace(UNSAFE, '_').replace(/ /g, '_').replace(/^\.+/, '_');
  return cleaned.slice(0, 200) || 'article';
}

/**
 * Makes sure `--out DIR` is a folder that can be written to, before any article is parsed: a CliFailure
 * `--out DIR: <reason>` otherwise.
 * @example await prepareOutDir('notes.txt') // throws CliFailure('--out notes.txt: is a file, not a folder')
 */
export async function prepareOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => null);
  if (info && !info.isDirectory()) throw new CliFailure(`--out ${outDir}: is a file, not a folder`);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new CliFailure(`--out ${outDir}: ${describeFailure(error)}`);
  }
}

/**
 * Opens the output of a batch. With `outDir`, each article goes to `<outDir>/<name><extension>` (a name used twice
 * in one batch gets `-2`, `-3` …). Without, everything goes to stdout: pretty JSON as one array when there is more
 * than one article, other formats one after another.
 * @example const sink = await openOutputSink({ io, extension: '.md', outDir: 'out', json: false, many: true, separator: '\n' });
 */
export async function openOutputSink(options: {
  io: CliIo;
  extension: string;
  outDir?: string | undefined;
  /** The rendering is one pretty JSON document (wrapped in an array on stdout when `many`). */
  json: boolean;
  many: boolean;
  /** Put between two renderings on stdout (a blank line between pages; nothing between NDJSON lines). */
  separator: string;
}): Promise<OutputSink> {
  const { io, extension, outDir } = options;
  if (outDir !== undefined) {
    await prepareOutDir(outDir);
    const used = new Set<string>();
    return {
      async write(name, rendered) {
        const base = safeFileName(name);
        let candidate = base;
        for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}`;
        used.add(candidate.toLowerCase());
        const path = join(outDir, `${candidate}${extension}`);
        try {
          await writeFileAtomic(path, rendered);
        } catch (error) {
          throw new CliFailure(`cannot write ${path}: ${describeFailure(error)}`);
        }
      },
      async close() {},
    };
  }
  const arrayMode = options.json && options.many;
  let count = 0;
  const emit = async (text: string): Promise<void> => {
    if (io.stdout(text) === false) await io.drain?.();
  };
  return {
    async write(_name, rendered) {
      if (arrayMode) {
        const indented = rendered.trimEnd().replace(/\n/g, '\n  ');
        await emit(`${count === 0 ? '[\n  ' : ',\n  '}${indented}`);
      } else {
        await emit(count === 0 ? rendered : `${options.separator}${rendered}`);
      }
      count++;
    },
    async close() {
      if (arrayMode) await emit(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
