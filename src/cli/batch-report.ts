// CLI support: counts of a batch (articles, warnings, notes, failures) and its one-line summary on stderr.
import type { Conflict } from '../model/conflict.js';
import { formatDuration, plural } from './format-duration.js';

export interface BatchReport {
  articles: number;
  /** Diagnostics of severity `warning`: something could not be read (what --strict fails on). */
  warnings: number;
  /** Diagnostics of severity `info`: what the input is (a redirect, a disambiguation page …). */
  notes: number;
  failed: number;
  started: number;
}

/** Starts counting a batch now. */
export function startReport(): BatchReport {
  return { articles: 0, warnings: 0, notes: 0, failed: 0, started: Date.now() };
}

/**
 * The warnings that count against `--strict`: severity `warning` (an `info` only says what the input is).
 * @example strictWarnings(conflict).map((w) => w.code) // ['unparsed-figure']
 */
export function strictWarnings(conflict: Pick<Conflict, 'warnings'>): Conflict['warnings'] {
  return conflict.warnings.filter((w) => w.severity === 'warning');
}

/**
 * Counts one written article and its diagnostics, each severity apart; returns the warnings --strict fails on.
 * @example countArticle(report, conflict).length // 1 (and report.notes grew by the conflict's infos)
 */
export function countArticle(report: BatchReport, conflict: Pick<Conflict, 'warnings'>): Conflict['warnings'] {
  const warnings = strictWarnings(conflict);
  report.articles++;
  report.warnings += warnings.length;
  report.notes += conflict.warnings.length - warnings.length;
  return warnings;
}

/**
 * The closing line of a batch: warnings and notes are the diagnostics of severity `warning` and `info`.
 * @example formatSummary('convert', { articles: 3, warnings: 2, notes: 1, failed: 1, started }) // 'convert: 3 articles, 2 warnings, 1 note, 1 failed in 0.1 s'
 */
export function formatSummary(command: string, report: BatchReport, now = Date.now()): string {
  const counts = [
    plural(report.articles, 'article'),
    plural(report.warnings, 'warning'),
    plural(report.notes, 'note'),
    `${report.failed} failed`,
  ];
  return `${command}: ${counts.join(', ')} in ${formatDuration(now - report.started)}`;
}

/**
 * The line `--strict` prints for one warning of an input.
 * @example formatStrictWarning('x.wiki', warning) // 'wikiconflict: x.wiki: warning plain-format (infobox): …'
 */
export function formatStrictWarning(label: string, w: Conflict['warnings'][number]): string {
  return `wikiconflict: ${label}: warning ${w.code}${w.field ? ` (${w.field})` : ''}: ${w.message}`;
}
