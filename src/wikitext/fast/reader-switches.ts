// Wikitext parser: the reader's speed shortcuts, each of which gives the same answer as the reference path
// (a wikiparser-node parse of the whole page; a tags-only parse, maxStage 1, for the outline). Internal: the equivalence tests
// and the benchmark pass REFERENCE_PATH to parseConflictWith to compare the two.
export interface ReaderSwitches {
  /** Full path: cut apparatus sections down to their footnotes before the full parse (cut-apparatus.ts). */
  readonly cutApparatus: boolean;
  /** Parse with the fast reader (lite/parse-lite.ts) when the text is within its subset. */
  readonly lite: boolean;
  /** Page outline: find comments and tags with scanTags instead of a tags-only parse (scan-tags.ts). */
  readonly scanTags: boolean;
}

/** Every shortcut on: what parseConflict runs. */
export const FAST_PATH: ReaderSwitches = Object.freeze({ cutApparatus: true, lite: true, scanTags: true });

/** Every shortcut off: the reference the fast path is tested against. */
export const REFERENCE_PATH: ReaderSwitches = Object.freeze({ cutApparatus: false, lite: false, scanTags: false });
