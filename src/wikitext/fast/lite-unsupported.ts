// Wikitext parser: the fast reader's way of saying "not mine": markup it does not read exactly as
// wikiparser-node does. The caller then parses with wikiparser-node; it never reaches users.

/**
 * Thrown by the fast reader for markup outside the subset it reads. `reason` is one fixed phrase per rule (what
 * scripts/count-declines.ts counts by); `detail` names the markup met, when it varies.
 * @example new LiteUnsupported('template name', 'a<b').message // 'fast reader: template name: a<b'
 */
export class LiteUnsupported extends Error {
  constructor(
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(`fast reader: ${reason}${detail === undefined ? '' : `: ${detail}`}`);
    this.name = 'LiteUnsupported';
  }
}
