// Clean service: the shape of a template rule — what a template turns into, as data.
import type { WikiElement, WikiNode } from '../wikitext/wiki-node.js';
import type { MarkSpan } from '../_lib/clean-value.js';

/**
 * One piece of output a template produces. Handlers return these instead of writing text themselves,
 * so the walker can keep going without recursion (a parameter value is walked, not cleaned here).
 */
export type Emit =
  /** Literal plain text (already decoded). */
  | { text: string }
  /** A parameter value (or any token) to walk like the rest of the value. */
  | { node: WikiNode }
  /** A line break. */
  | { break: true }
  /** Content wrapped in a bold/italic/small/title mark. */
  | { mark: MarkSpan['kind']; content: Emit[] }
  /** Content that links to `target`. */
  | { link: string; content: Emit[] }
  /** A flag that prints no text, for `country`. */
  | { flag: string }
  /** A footnote (sfn, efn, #tag:ref …): anchored like a <ref>, its content never in text. */
  | { footnote: WikiElement };

/** Read-only view of one template call's arguments. */
export interface TemplateCall {
  /** Normalised name: lower case, spaces, no `Template:` prefix. */
  readonly name: string;
  readonly token: WikiElement;
  /** Positional values by number (index 0 is `1`); holes where a number is skipped. */
  readonly positional: ReadonlyArray<WikiElement | undefined>;
  /** Named values (trimmed, lower-cased names), positional numbers excluded. */
  readonly named: ReadonlyMap<string, WikiElement>;
  /** The value of a parameter by number or name (last one wins, as in MediaWiki). */
  arg(key: number | string): WikiElement | undefined;
  /** The plain text of a parameter: comments and nested markup removed, entities decoded, trimmed. */
  text(key: number | string): string;
  /** Plain text of every positional parameter, in order (holes as ''). */
  texts(): string[];
}

/** Options a handler may look at. */
export interface HandlerOptions {
  /** Render citation templates ({{cite …}}, {{harvnb}}) as text — for reference bodies. */
  citations: boolean;
}

export type HandlerFunction = (call: TemplateCall, options: HandlerOptions) => Emit[];

/**
 * What a template turns into:
 * - `'drop'`: nothing (maintenance, navigation, layout);
 * - `'footnote'`: a ref anchor, never text (sfn, efn …);
 * - `{ keep }`: the first of these parameters that is present (number = positional);
 * - `{ lines: true }`: one line per non-empty positional parameter (ubl, hlist …);
 * - `{ block }`: a parameter on lines of its own (plainlist, flatlist);
 * - a function for everything else.
 */
export type TemplateHandler =
  | 'drop'
  | 'footnote'
  | { keep: ReadonlyArray<number | string>; mark?: MarkSpan['kind'] }
  | { lines: true }
  | { block: number | string }
  | HandlerFunction;

export interface TemplateRule {
  /** kebab-case id, unique. */
  id: string;
  /** Template names (any case, spaces or underscores); the first is the canonical one. */
  names: readonly string[];
  /** Name prefixes that also select this rule (e.g. 'campaignbox ', 'cite '), normalised like names. */
  prefixes?: readonly string[];
  /** Name suffixes that also select this rule (e.g. ' icon', '-stub'). */
  suffixes?: readonly string[];
  handler: TemplateHandler;
  /** Added by a caller through createParser: its handler is the caller's code, guarded when run. */
  external?: true;
  /** [wikitext, expected text] pairs; each one is a test. */
  examples: ReadonlyArray<readonly [string, string]>;
}
