// Stage 1 (prepare): normalise raw input before anything reads it — BOM, line ends, control characters, lone surrogates.
import type { Context } from '../_lib/context.js';

/** What stands in for a character that cannot be kept: U+FFFD, as a decoder does for bytes it cannot read. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

// Fast path: most input has none of these, and then the text is returned as it is. With the u flag,
// \p{Cs} matches only unpaired surrogates (a pair is one code point).
const UNREADABLE = /[\u0000-\u0008\u000b-\u001f\u007f]|\p{Cs}/u;
// A cheaper first check (no u flag, one pass): any control character or any surrogate at all (a pair is fine,
// which the exact pattern above then tells).
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f\ud800-\udfff]/;
const LINE_END = /\r\n?/g;

/**
 * Normalises input text for every reader: drops a leading BOM, turns CRLF and CR into LF, and replaces C0
 * control characters (all but tab and line feed), DEL and unpaired surrogates with U+FFFD, with one
 * `control-characters` warning saying how many — never silently, since a NUL or DEL would otherwise
 * confuse the wikitext parser (which uses them as markers) and a lone surrogate cannot be written as UTF-8.
 * @example normalizeInput('\uFEFFa\r\nb\u0000c', ctx) // 'a\nb\uFFFDc', with one warning
 */
export function normalizeInput(text: string, ctx: Context): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.includes('\r')) s = s.replace(LINE_END, '\n');
  if (!SUSPECT.test(s) || !UNREADABLE.test(s)) return s;
  const { text: out, controls, surrogates } = replaceUnreadable(s);
  const parts = [
    controls > 0 ? `${controls} control character${controls === 1 ? '' : 's'}` : '',
    surrogates > 0 ? `${surrogates} unpaired surrogate${surrogates === 1 ? '' : 's'}` : '',
  ].filter((p) => p !== '');
  ctx.warn('control-characters', `The input held ${parts.join(' and ')}; each was replaced with U+FFFD.`);
  return out;
}

/** One linear pass: control characters and unpaired surrogates → U+FFFD, counted apart. */
function replaceUnreadable(s: string): { text: string; controls: number; surrogates: number } {
  const out: string[] = [];
  let controls = 0;
  let surrogates = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let bad = false;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) {
      bad = true;
      controls++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff)
        i++; // a proper pair: keep both halves
      else {
        bad = true;
        surrogates++;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bad = true;
      surrogates++;
    }
    if (bad) {
      out.push(s.slice(from, i), REPLACEMENT_CHARACTER);
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return { text: out.join(''), controls, surrogates };
}
