// Wikitext parser: the fast reader's internal links — [[target|text]], categories, and files whose
// captions hold links of their own.
import { LiteNode } from './lite-node.js';
import { quotes } from './lite-quotes.js';
import type { LiteState } from './lite-state.js';
import { normalizeLiteTitle, titleName } from './lite-title.js';
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * Internal links, categories and files become atoms; a target the parser alone can judge (markup in it, odd
 * characters) is declined, one that is no title at all stays text.
 * @example links(st, 'see [[Foo|bar]]') // 'see ' + a link atom
 */
export function links(st: LiteState, s: string): string {
  const bits = s.split('[[');
  let out = bits[0]!;
  for (let i = 1; i < bits.length; i++) {
    const bit = bits[i]!;
    const head = /^[^\n[\]{}|]*/.exec(bit)![0];
    const afterHead = bit[head.length];
    // After a '|', the text is the shortest run that ends in a character other than ']' and meets ']]';
    // only when there is none does an empty text end at a ']]' right after the '|'.
    let close = -1;
    if (afterHead === '|') {
      for (let k = bit.indexOf(']]', head.length + 2); k >= 0; k = bit.indexOf(']]', k + 1)) {
        if (bit[k - 1] !== ']') {
          close = k;
          break;
        }
      }
      if (close < 0 && bit.startsWith(']]', head.length + 1)) close = head.length + 1;
    } else if (afterHead === ']' && bit.startsWith(']]', head.length)) close = head.length;
    if (close < 0) {
      // Not a plain link: a file with nested links, or text.
      const file = fileLink(st, bits, i);
      if (file === null) {
        out += `[[${bit}`;
        continue;
      }
      out += file.atom + file.after;
      i = file.next;
      continue;
    }
    if (st.config.addressTarget.test(head)) {
      out += `[[${bit}`;
      continue;
    }
    if (head.includes('\0')) throw new LiteUnsupported('markup in a link target');
    let text: string | undefined = afterHead === '|' ? bit.slice(head.length + 1, close) : undefined;
    let end = close + 2;
    // A link text may end in ']' when its ']]' is followed by another ']'.
    if (text !== undefined && bit[end] === ']' && text.includes('[')) {
      text += ']';
      end += 1;
    }
    const raw = `[[${bit.slice(0, end)}`;
    out += st.atom(linkNode(st, head, text, () => st.restore(raw))) + bit.slice(end);
  }
  return out;
}

function linkNode(st: LiteState, target: string, text: string | undefined, raw: () => string): LiteNode {
  const trimmed = target.trim();
  const forced = trimmed.startsWith(':');
  const title = normalizeLiteTitle(forced ? trimmed.slice(1) : trimmed, 0);
  if (forced && title.ns === 0 && trimmed.slice(1).trim().startsWith(':')) throw new LiteUnsupported('::');
  let type = 'link';
  if (!forced && title.ns === 6) type = 'file';
  else if (!forced && title.ns === 14) type = 'category';
  const node = new LiteNode(type, raw);
  node.name = titleName(title);
  node.link = title;
  node.append([st.leaf('link-target', target)]);
  if (type === 'file') {
    node.append([st.container('image-parameter', text ?? '')]);
  } else if (text !== undefined) {
    // A link text gets bold and italic only: the parser reads no external or free links inside it.
    if (text.includes('\n')) throw new LiteUnsupported('line break in a link text');
    const label = st.container('link-text', quotes(st, text));
    node.append([label]);
  }
  return node;
}

/** [[File:…|…]] whose caption holds links: it ends at the ']]' that balances them. */
function fileLink(
  st: LiteState,
  bits: readonly string[],
  i: number,
): { atom: string; after: string; next: number } | null {
  const m = /^([^\n[\]{}|]+)\|([\s\S]*)$/.exec(bits[i]!);
  if (m === null) return null;
  const target = m[1]!;
  const trimmed = target.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0 || st.config.nsid.get(trimmed.slice(0, colon).trim().toLowerCase()) !== 6) return null;
  if (target.includes('\0')) throw new LiteUnsupported('markup in a file name');
  const title = normalizeLiteTitle(trimmed, 0);
  let text = m[2]!;
  let after: string | null = null;
  let j = i + 1;
  for (; j < bits.length; j++) {
    const p = bits[j]!.split(']]');
    if (p.length > 2) {
      text += `[[${p[0]}]]${p[1]}`;
      after = p.slice(2).join(']]');
      break;
    }
    if (p.length === 2) text += `[[${p[0]}]]${p[1]}`;
    else throw new LiteUnsupported('file caption');
  }
  if (after === null) throw new LiteUnsupported('unclosed file link');
  // Nested links are read inside the caption; what the cleaner and the reader need from a file is what it holds.
  const caption = links(st, text);
  const node = new LiteNode('file', () => `[[${target}|${st.restore(text)}]]`);
  node.name = titleName(title);
  node.link = title;
  node.append([st.leaf('link-target', target), st.container('image-parameter', caption)]);
  return { atom: st.atom(node), after, next: j };
}
