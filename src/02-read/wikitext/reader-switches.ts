// Stage 2 (read, wikitext): internal switches for the reader's speed shortcuts. Tests and the benchmark turn them
// off to run the reference path (a wikiparser-node parse of the whole page; a stage-1 parse for the outline) and compare.
export const readerSwitches = {
  /** Full path: cut apparatus sections down to their footnotes before the full parse (cut-apparatus.ts). */
  cutApparatus: true,
  /** Parse with the fast reader (lite/parse-lite.ts) when the text is within its subset. */
  lite: true,
  /** Page outline: find comments and tags with scanTags instead of a stage-1 parse (scan-tags.ts). */
  scanTags: true,
};
