// Support: run one pipeline stage so that a bug inside it becomes an `internal-error` warning, not a crash.
import type { Context } from './context.js';

/**
 * Runs `stage`; if it throws (a bug: stages report bad input as warnings, never by throwing), records an
 * `internal-error` warning naming the stage, what was lost, and the error, then returns `fallback()`.
 * A stack overflow (RangeError) is caught the same way.
 * @example runStage('interpret', 'the infobox fields were not interpreted', ctx, () => interpret(raw), () => empty)
 */
export function runStage<T>(name: string, lost: string, ctx: Context, stage: () => T, fallback: () => T): T {
  try {
    return stage();
  } catch (error) {
    ctx.warn(
      'internal-error',
      `Internal error in stage "${name}" (${describeError(error)}); ${lost}. Please report this input.`,
    );
    return fallback();
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n', 1)[0]!.slice(0, 200)}`;
  try {
    return String(error).slice(0, 200);
  } catch {
    return 'an unprintable value was thrown';
  }
}
