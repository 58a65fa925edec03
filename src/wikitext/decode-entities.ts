// Wikitext parser: decode HTML character references (&nbsp; &ndash; &#91; &#x2013;) in one linear pass.
import { HTML_ENTITIES } from './_data/html-entities.js';

/** Longest reference we try to read after '&' (the longest name we know is 14 characters). */
const MAX_REF_LENGTH = 32;

/**
 * Replaces named, decimal and hexadecimal character references; unknown ones stay as written.
 * @example decodeEntities('5&nbsp;km &ndash; &#91;1&#93;') // → '5 km – [1]'
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    // The `;` is looked for in a bounded window: searched to the end of the text, a long run of `&` before one
    // distant `;` made this quadratic.
    const window = text.slice(amp + 1, amp + 1 + MAX_REF_LENGTH);
    const semi = window.indexOf(';');
    if (semi >= 0) {
      const decoded = decodeReference(window.slice(0, semi));
      if (decoded !== null) {
        out += text.slice(from, amp) + decoded;
        from = amp + 1 + semi + 1;
        amp = text.indexOf('&', from);
        continue;
      }
    }
    amp = text.indexOf('&', amp + 1);
  }
  return out + text.slice(from);
}

/** The text a reference body (between '&' and ';') stands for, or null when it is not one. */
function decodeReference(body: string): string | null {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x / X
    const digits = body.slice(hex ? 2 : 1);
    if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
    return fromCodePoint(Number.parseInt(digits, hex ? 16 : 10));
  }
  const code = HTML_ENTITIES.get(body);
  return code === undefined ? null : fromCodePoint(code);
}

function fromCodePoint(code: number): string | null {
  if (code === 0) return '';
  // Surrogates and out-of-range values are not characters; MediaWiki leaves them as written.
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  // Non-breaking and typographic spaces count as ordinary spaces for the whitespace collapse.
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) return ' ';
  return String.fromCodePoint(code);
}
