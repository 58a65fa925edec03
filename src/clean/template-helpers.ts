// Clean service: small builders of Emit lists shared by the template table's handlers.
import type { WikiElement } from '../wikitext/wiki-node.js';
import type { Emit, TemplateCall } from './template-rule.js';

/** Walk this parameter value (nothing when absent). */
export function nodeOf(value: WikiElement | undefined): Emit[] {
  return value === undefined ? [] : [{ node: value }];
}

/** The first present parameter among `keys` (positional numbers or names), walked. */
export function firstOf(call: TemplateCall, keys: ReadonlyArray<number | string>): Emit[] {
  for (const key of keys) {
    const value = call.arg(key);
    if (value !== undefined && !isBlank(value)) return [{ node: value }];
  }
  return [];
}

/** Literal text (nothing for ''). */
export function text(s: string): Emit[] {
  return s === '' ? [] : [{ text: s }];
}

/** Content on a line of its own. */
export function block(content: Emit[]): Emit[] {
  return [{ break: true }, ...content, { break: true }];
}

/** One line per value: a break before each and after the last. */
export function lines(values: ReadonlyArray<WikiElement | undefined>): Emit[] {
  const out: Emit[] = [];
  for (const value of values) if (value !== undefined) out.push({ break: true }, { node: value });
  out.push({ break: true });
  return out;
}

/** Positional values joined by a separator (empty ones skipped). */
export function joined(values: ReadonlyArray<WikiElement | undefined>, separator: string): Emit[] {
  const out: Emit[] = [];
  for (const value of values) {
    if (value === undefined || isBlank(value)) continue;
    if (out.length > 0) out.push({ text: separator });
    out.push({ node: value });
  }
  return out;
}

/** True when a value holds only whitespace (comments and markup count as content). */
export function isBlank(value: WikiElement): boolean {
  return String(value).trim() === '';
}
