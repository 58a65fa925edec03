// Stage 2 (read, wikitext): extension tag attributes (`name="a b" group=n`) as wikiparser-node's getAttr gives
// them: keys in lower case, values raw (entities are not decoded). Odd spellings are left to the full parser.
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * Reads an attribute text; throws LiteUnsupported for valueless, duplicated or marked-up attributes.
 * @example readLiteAttributes(' NAME=a(b) group="x y"').get('group') // 'x y'
 */
export function readLiteAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))(?=\s|$)/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) throw new LiteUnsupported('attributes', text);
    const key = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (out.has(key) || /[<>{}[\]|\0]/.test(value)) throw new LiteUnsupported('attributes', text);
    out.set(key, value);
    at = re.lastIndex;
  }
  return out;
}
