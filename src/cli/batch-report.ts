// CLI support: counts of a batch (articles, warnings, failures) and its one-line summary on stderr.
import type { Conflict } from '../model/conflict.js';
import { formatDuration, plural } from './format-duration.js';

export interface BatchReport {
  articles: number;
  warnings: number;
  failed: number;
  started: number;
}

/** Starts counting a batch now. */
export function startReport(): BatchReport {
  return { articles: 0, warnings: 0, failed: 0, started: Date.now() };
}

/**
 * The warnings that count against `--strict`: severity `warning` (an `info` only says what the input is).
 * @example strictWarnings(conflict).map((w) => w.code) // ['unparsed-figure']
 */
export function strictWarnings(conflict: Pick<Conflict, 'warnings'>): Conflict['warnings'] {
  return conflict.warnings.filter((w) => w.severity === 'warning');
}

/**
 * The closing line of a batch.
 * @example formatSummary('convert', { articles: 3, warnings: 2, failed: 1, started }) // 'convert: 3 articles, 2 warnings, 1 failed in 0.1 s'
 */
export function formatSummary(command: string, report: BatchReport, now = Date.now()): string {
  return `${command}: ${plural(report.articles, 'article')}, ${plural(report.warnings, 'warning')}, ${report.failed} failed in ${formatDuration(now - report.started)}`;
}
