// Build: stands in for wikiparser-node's util/diff in the bundled copy (see wikiparser-plugin.ts): its messages go
// to the console as before; its shell and diff helpers, used only by its own developer tools, are left out.

/** Logs an error message, as the parser's own helper does (without colour). */
export const error = (message: unknown, ...rest: unknown[]): void => console.error(message, ...rest);

/** Logs a message, as the parser's own helper does (without colour). */
export const info = (message: unknown, ...rest: unknown[]): void => console.info(message, ...rest);

/** Left out: runs a shell command in the parser's developer tools. */
export const cmd = (): never => {
  throw new Error('util/diff cmd is left out of the wikiparser-node bundled in wikiconflict');
};

/** Left out: diffs two texts with git in the parser's developer tools. */
export const diff = (): never => {
  throw new Error('util/diff diff is left out of the wikiparser-node bundled in wikiconflict');
};
