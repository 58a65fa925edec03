// CLI support: one progress line on standard error, redrawn in place — only when stderr is a terminal.
import type { CliIo } from './cli-io.js';

export interface ProgressLine {
  /** Redraws the line (at most every `intervalMs`, unless forced). */
  update(text: string, force?: boolean): void;
  /** Prints a message above the progress line. */
  log(line: string): void;
  /** Clears the line for good. */
  done(): void;
}

/**
 * A progress line that is drawn only when `enabled`; otherwise `update` does nothing and `log` just prints.
 * @example const p = createProgressLine(io, io.isTTY === true); p.update('3/10'); p.done();
 */
export function createProgressLine(io: CliIo, enabled: boolean, intervalMs = 100): ProgressLine {
  let shown = false;
  let last = 0;
  const width = Math.max(20, (io.columns ?? 80) - 1);
  const clear = (): void => {
    if (shown) io.stderr('\r\u001b[2K');
    shown = false;
  };
  return {
    update(text, force = false) {
      if (!enabled) return;
      const now = Date.now();
      if (!force && now - last < intervalMs) return;
      last = now;
      io.stderr(`\r\u001b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
      shown = true;
    },
    log(line) {
      clear();
      io.stderr(`${line}\n`);
    },
    done: clear,
  };
}

/**
 * A bar of `width` cells for done/total.
 * @example drawBar(1, 4, 8) // '██░░░░░░'
 */
export function drawBar(done: number, total: number, width = 20): string {
  const filled = total > 0 ? Math.round((done / total) * width) : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}
