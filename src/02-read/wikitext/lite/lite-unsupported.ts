// Stage 2 (read, wikitext): the fast reader's way of saying "not mine": markup it does not read exactly as
// wikiparser-node does. The caller then parses with wikiparser-node; it never reaches users.

/** Thrown by the fast reader for markup outside the subset it reads; `reason` says which. */
export class LiteUnsupported extends Error {
  constructor(readonly reason: string) {
    super(`fast reader: ${reason}`);
    this.name = 'LiteUnsupported';
  }
}
