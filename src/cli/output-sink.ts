// CLI support: where rendered articles go — one file each in --out DIR (written atomically), or all to stdout.
import { mkdir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CliFailure, type CliIo } from './cli-io.js';
import { describeFailure } from './describe-failure.js';
import { OutputError } from './output-target.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Where one article goes in --out DIR. */
export interface OutputEntry {
  /** Base name without extension (made safe by `safeFileName`). */
  name: string;
  /** Folders below DIR, outermost first (convert mirrors the input's folders); none by default. */
  folders?: readonly string[];
  /** The input, named in the note when its file name was taken by an earlier one. */
  source: string;
}

/** A file written under another name than asked for, because an earlier input of the batch had taken it. */
export interface Renamed {
  path: string;
  wanted: string;
  /** The input whose output holds `wanted`. */
  takenBy: string;
}

/**
 * The stderr line for a file written under another name than its input asked for.
 * @example formatRenamed('b/x.wiki', { path: 'out/x-2.json', wanted: 'out/x.json', takenBy: 'b/x.txt' }) // 'wikiconflict: b/x.wiki: written to out/x-2.json (out/x.json is the output of b/x.txt)'
 */
export function formatRenamed(label: string, renamed: Renamed): string {
  return `wikiconflict: ${label}: written to ${renamed.path} (${renamed.wanted} is the output of ${renamed.takenBy})`;
}

export interface OutputSink {
  /** Writes one rendered article; says so when it had to take another file name (with --out only). */
  write(entry: OutputEntry, rendered: string): Promise<Renamed | null>;
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
 * Makes the folders of `entry` below `outDir` (a folder there that is a symbolic link must lead to a place inside
 * `outDir`: OutputError `symlink-outside-folder` otherwise) and returns the folder to write in.
 */
async function makeEntryFolder(outDir: string, folders: readonly string[]): Promise<string> {
  const folder = join(outDir, ...folders);
  if (folders.length === 0) return folder;
  await mkdir(folder, { recursive: true });
  const [root, real] = await Promise.all([realpath(outDir), realpath(folder)]);
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith('../') || rel.startsWith('/')) {
    throw new OutputError(
      'symlink-outside-folder',
      `leads through a symbolic link to ${real}, outside ${root}; not followed`,
    );
  }
  return folder;
}

/**
 * Opens the output of a batch. With `outDir`, each article goes to `<outDir>/<folders…>/<name><extension>`; a
 * path used twice in one batch (letter case aside) gets `-2`, `-3` …, and `write` returns the renaming so the
 * command can say so. Without, everything goes to stdout: pretty JSON always as one array (of any length, so a
 * reader never has to guess the shape), other formats one after another.
 * @example const sink = await openOutputSink({ io, extension: '.md', outDir: 'out', json: false, separator: '\n' });
 */
export async function openOutputSink(options: {
  io: CliIo;
  extension: string;
  outDir?: string | undefined;
  /** The rendering is one pretty JSON document (gathered into one array on stdout). */
  json: boolean;
  /** Put between two renderings on stdout (a blank line between pages; nothing between NDJSON lines). */
  separator: string;
}): Promise<OutputSink> {
  const { io, extension, outDir } = options;
  if (outDir !== undefined) {
    await prepareOutDir(outDir);
    /** Paths written so far (lower case, for case-insensitive file systems) → the input written there. */
    const used = new Map<string, string>();
    return {
      async write(entry, rendered) {
        const folders = entry.folders ?? [];
        const base = safeFileName(entry.name);
        const key = (name: string): string => [...folders, `${name}${extension}`].join('/').toLowerCase();
        let candidate = base;
        for (let n = 2; used.has(key(candidate)); n++) candidate = `${base}-${n}`;
        used.set(key(candidate), entry.source);
        const path = join(outDir, ...folders, `${candidate}${extension}`);
        try {
          await writeFileAtomic(join(await makeEntryFolder(outDir, folders), `${candidate}${extension}`), rendered);
        } catch (error) {
          throw new CliFailure(`cannot write ${path}: ${describeFailure(error)}`);
        }
        if (candidate === base) return null;
        return { path, wanted: join(outDir, ...folders, `${base}${extension}`), takenBy: used.get(key(base))! };
      },
      async close() {},
    };
  }
  const arrayMode = options.json;
  let count = 0;
  const emit = async (text: string): Promise<void> => {
    if (io.stdout(text) === false) await io.drain?.();
  };
  return {
    async write(_entry, rendered) {
      if (arrayMode) {
        const indented = rendered.trimEnd().replace(/\n/g, '\n  ');
        await emit(`${count === 0 ? '[\n  ' : ',\n  '}${indented}`);
      } else {
        await emit(count === 0 ? rendered : `${options.separator}${rendered}`);
      }
      count++;
      return null;
    },
    async close() {
      if (arrayMode) await emit(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
