// Wikitext parser: the fast reader's working state — the atoms (nodes already read, standing in the text
// as "\0<index>\x7F" placeholders, as wikiparser-node does between its stages) and the helpers that build nodes.
import { liteConfig } from './lite-config.js';
import { LiteNode } from './lite-node.js';
import { LiteUnsupported } from './lite-unsupported.js';

/** An atom's placeholder in a masked text. */
export const PLACEHOLDER = /\0(\d+)\x7F/g;

/**
 * One parse's atoms and node builders.
 * @example const st = new LiteState(); st.restore(st.atom(st.leaf('comment', '<!--a-->'))) // '<!--a-->'
 */
export class LiteState {
  readonly atoms: LiteNode[] = [];
  readonly config = liteConfig();

  /** Stores a node and returns its placeholder. */
  atom(node: LiteNode): string {
    this.atoms.push(node);
    return `\0${this.atoms.length - 1}\x7F`;
  }
  restore(masked: string): string {
    return masked.includes('\0')
      ? masked.replace(PLACEHOLDER, (_, i: string) => String(this.atoms[Number(i)]))
      : masked;
  }
  /** The masked text's atoms and text runs as the children of a new node. */
  container(type: string, masked: string, name?: string): LiteNode {
    const node = new LiteNode(type, masked.includes('\0') ? () => this.restore(masked) : masked);
    if (name !== undefined) node.name = name;
    return node.append(this.children(masked));
  }
  children(masked: string): LiteNode[] {
    const out: LiteNode[] = [];
    let last = 0;
    for (let at = masked.indexOf('\0'); at >= 0; at = masked.indexOf('\0', last)) {
      const close = masked.indexOf('\x7F', at);
      if (at > last) out.push(new LiteNode('text', masked.slice(last, at)));
      out.push(this.atoms[Number(masked.slice(at + 1, close))]!);
      last = close + 1;
    }
    if (last < masked.length) out.push(new LiteNode('text', last === 0 ? masked : masked.slice(last)));
    return out;
  }
  hidden(text: LiteNode): LiteNode {
    const node = this.leaf('noinclude', String(text));
    node.parentNode = text.parentNode;
    return node;
  }
  leaf(type: string, text: string): LiteNode {
    return new LiteNode(type, text).append(text === '' ? [] : [new LiteNode('text', text)]);
  }
  /** The masked text without comment atoms; throws if any other atom is left. */
  plainOf(masked: string, what: string): string {
    const out = masked.replace(PLACEHOLDER, (m, i: string) => (this.atoms[Number(i)]!.type === 'comment' ? '' : m));
    if (out.includes('\0')) throw new LiteUnsupported(`markup in ${what}`);
    return out;
  }
  /** A node whose content is the masked text as-is (names, keys): its atoms (comments) stay children. */
  leafMasked(type: string, masked: string): LiteNode {
    return masked.includes('\0') ? this.container(type, masked) : this.leaf(type, masked);
  }
  isBlankLine(line: string): boolean {
    if (!/^(?:[^\S\n]|\0\d+\x7F)*$/.test(line)) return false;
    const atoms = line.match(PLACEHOLDER) ?? [];
    return atoms.every((a) => this.atoms[Number(a.slice(1, -1))]!.type === 'comment');
  }
}
