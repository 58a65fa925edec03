// CLI support: short human figures for summaries and progress (elapsed time, counts, rates).

const COUNT = new Intl.NumberFormat('en-US');

/**
 * Seconds with one decimal under a minute, else minutes and seconds.
 * @example formatDuration(1234) // '1.2 s'
 */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * A count with thousands separators and a noun in the singular or plural.
 * @example plural(1234, 'page') // '1,234 pages'
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? noun : pluralNoun}`;
}
