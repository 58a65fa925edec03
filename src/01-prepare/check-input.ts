// Stage 1 (prepare): refuse input that cannot be used at all — not a string, too large, impossible options.
import { DEFAULT_MAX_BYTES, type ParseOptions } from '../_lib/context.js';
import { InputError } from '../_lib/errors.js';

/**
 * Throws an InputError unless `text` is a string of at most `maxBytes` UTF-8 bytes and `options` is
 * undefined or an object whose known options have their documented types. Returns the options to use.
 * @example checkInput('{{Infobox battle}}', { maxBytes: 10 }) // throws InputError, code 'too-large'
 */
export function checkInput(text: unknown, options: unknown, caller = 'parseConflict'): ParseOptions {
  if (typeof text !== 'string')
    throw new InputError('not-a-string', `${caller} expects a string, got ${describe(text)}.`);
  const checked = checkOptions(options);
  const maxBytes = checked.maxBytes ?? DEFAULT_MAX_BYTES;
  // A UTF-16 unit is at most 3 UTF-8 bytes, so most input needs no counting.
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > maxBytes)
      throw new InputError(
        'too-large',
        `The input is ${bytes} bytes; the limit is ${maxBytes} (raise it with the maxBytes option).`,
      );
  }
  return checked;
}

function checkOptions(options: unknown): ParseOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object')
    throw new InputError('invalid-option', `options must be an object, got ${describe(options)}.`);
  const o = options as Record<string, unknown>;
  const fail = (name: string, want: string): never => {
    throw new InputError('invalid-option', `options.${name} must be ${want}, got ${describe(o[name])}.`);
  };
  if (o.format !== undefined && o.format !== 'plain' && o.format !== 'wikitext')
    fail('format', "'plain' or 'wikitext'");
  if (o.title !== undefined && typeof o.title !== 'string') fail('title', 'a string');
  if (o.sections !== undefined && typeof o.sections !== 'boolean') fail('sections', 'a boolean');
  for (const name of ['pageId', 'revisionId'])
    if (o[name] !== undefined && !Number.isSafeInteger(o[name])) fail(name, 'an integer');
  const itemId = o.itemId;
  if (itemId !== undefined && itemId !== null && !(typeof itemId === 'string' && /^Q[1-9]\d*$/.test(itemId)))
    fail('itemId', 'a Wikidata item id like Q42, or null');
  const max = o.maxBytes;
  if (max !== undefined && !(typeof max === 'number' && max >= 0 && (Number.isInteger(max) || max === Infinity)))
    fail('maxBytes', 'a whole number of bytes or Infinity');
  return o as ParseOptions;
}

/** The options of parseCasualties, checked: what a caller may pass. */
export interface CheckedCasualtiesOptions {
  mode: 'casualties' | 'strength';
  parties?: readonly string[];
}

/**
 * Throws an InputError `invalid-option` unless `options` is undefined or an object whose `mode` is 'casualties' or
 * 'strength' and whose `parties` is an array of strings (each may be absent or undefined). Returns them checked.
 * @example checkCasualtiesOptions({ mode: 'strength' }) // { mode: 'strength' }
 */
export function checkCasualtiesOptions(options: unknown): CheckedCasualtiesOptions {
  if (options === undefined) return { mode: 'casualties' };
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new InputError('invalid-option', `options must be an object, got ${describe(options)}.`);
  const { mode, parties } = options as Record<string, unknown>;
  if (mode !== undefined && mode !== 'casualties' && mode !== 'strength') {
    throw new InputError('invalid-option', `options.mode must be 'casualties' or 'strength', got ${describe(mode)}.`);
  }
  if (parties !== undefined && !(Array.isArray(parties) && parties.every((p) => typeof p === 'string'))) {
    throw new InputError('invalid-option', `options.parties must be an array of strings, got ${describe(parties)}.`);
  }
  return { mode: mode ?? 'casualties', ...(parties !== undefined ? { parties: parties as readonly string[] } : {}) };
}

/** UTF-8 length without allocating: 1 byte below U+0080, 2 below U+0800, 4 for a surrogate pair, else 3. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string'
    ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
    : typeof value;
}
