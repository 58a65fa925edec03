// Shared: what a caller adds to the built-in tables through createParser — template rules and kind words — checked
// once, then read by the clean service (templates) and the figure splitter (kinds).
import { FIGURE_KINDS, type FigureKind } from '../model/figure.js';
import { InputError } from './errors.js';

/** What a template handler function is given: the call's name and its parameters as plain text. */
export interface TemplateArgs {
  /** Normalised name: lower case, spaces, no `Template:` prefix. */
  readonly name: string;
  /** The plain text of a parameter by number (1 = first positional) or name; '' when absent. */
  text(key: number | string): string;
  /** Plain text of every positional parameter, in order. */
  texts(): string[];
}

/**
 * What a template turns into: `'drop'` (nothing), `{ keep: [1, 'text'] }` (the first of these parameters that is
 * present, walked as wikitext), `{ lines: true }` (one line per positional parameter), or a function returning the
 * text to print.
 */
export type ExtensionHandler =
  | 'drop'
  | { keep: ReadonlyArray<number | string> }
  | { lines: true }
  | ((call: TemplateArgs) => string);

/** One template rule: the names it answers to (any case, spaces or underscores) and its handler. */
export interface ExtensionTemplate {
  names: readonly string[];
  handler: ExtensionHandler;
}

/** The options of createParser. */
export interface ExtensionOptions {
  /** Template rules, tried before the built-in table (so a name here overrides a built-in one). */
  templates?: readonly ExtensionTemplate[] | undefined;
  /** Words that name a figure's kind, added to the built-in ones (`{ killed: ['martyred'] }`). */
  vocabulary?: { kinds?: Partial<Record<FigureKind, readonly string[]>> | undefined } | undefined;
}

/** A checked extension, frozen: what the pipeline stages read. */
export interface Extension {
  readonly templates: readonly ExtensionTemplate[];
  readonly kinds: ReadonlyArray<{ readonly kind: FigureKind; readonly words: readonly string[] }>;
}

function fail(where: string, expected: string): never {
  throw new InputError('invalid-option', `createParser: ${where} must be ${expected}.`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readStrings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, 'a non-empty array of strings');
  return value.map((s, i) =>
    typeof s === 'string' && s.trim() !== '' ? s : fail(`${where}[${i}]`, 'a non-empty string'),
  );
}

function readHandler(value: unknown, where: string): ExtensionHandler {
  if (value === 'drop' || typeof value === 'function') return value as ExtensionHandler;
  if (isObject(value) && value.lines === true) return { lines: true };
  if (isObject(value) && Array.isArray(value.keep) && value.keep.length > 0) {
    const keep = value.keep.map((k, i) =>
      (typeof k === 'number' && Number.isInteger(k) && k >= 1) || (typeof k === 'string' && k !== '')
        ? k
        : fail(`${where}.keep[${i}]`, 'a parameter number (1 or more) or name'),
    );
    return { keep };
  }
  return fail(where, "'drop', { keep: [...] }, { lines: true } or a function");
}

/**
 * Checks createParser's options; throws InputError `invalid-option` naming the first wrong entry.
 * @example readExtension({ vocabulary: { kinds: { killed: ['martyred'] } } }).kinds // [{ kind: 'killed', words: ['martyred'] }]
 */
export function readExtension(options: unknown): Extension {
  if (options === undefined) return Object.freeze({ templates: [], kinds: [] });
  if (!isObject(options)) fail('options', 'an object');
  const templates = options.templates ?? [];
  if (!Array.isArray(templates)) fail('templates', 'an array');
  const rules = templates.map((t: unknown, i): ExtensionTemplate => {
    if (!isObject(t)) fail(`templates[${i}]`, 'an object with names and handler');
    return Object.freeze({
      names: readStrings(t.names, `templates[${i}].names`),
      handler: readHandler(t.handler, `templates[${i}].handler`),
    });
  });
  const vocabulary = options.vocabulary ?? {};
  if (!isObject(vocabulary)) fail('vocabulary', 'an object');
  const kinds = vocabulary.kinds ?? {};
  if (!isObject(kinds)) fail('vocabulary.kinds', 'an object of kind → words');
  const words = Object.entries(kinds).map(([kind, list]) => {
    if (!(FIGURE_KINDS as readonly string[]).includes(kind))
      fail(`vocabulary.kinds.${kind}`, `one of ${FIGURE_KINDS.join(', ')}`);
    return Object.freeze({ kind: kind as FigureKind, words: readStrings(list, `vocabulary.kinds.${kind}`) });
  });
  return Object.freeze({ templates: Object.freeze(rules), kinds: Object.freeze(words) });
}
