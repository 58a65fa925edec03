// Wikitext parser: the fast reader's lists — '*', '#', ':' (and a lone ';' term) at the start of a line.
import { PLACEHOLDER, type LiteState } from './lite-state.js';
import { LiteUnsupported } from './lite-unsupported.js';

/**
 * List markers at a line start (not on a value's first line: there the reader reads them itself) become atoms.
 * @example lists(st, 'a\n* b', false) // 'a\n' + a list atom + 'b'
 */
export function lists(st: LiteState, s: string, firstLine: boolean): string {
  if (!/(?:^|\n)(?:\0\d+\x7F)*[*#:;]/.test(s)) return s;
  const lines = s.split('\n');
  for (let i = firstLine ? 0 : 1; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^((?:\0\d+\x7F)*)([*#:;]+)(\s*)/.exec(line);
    if (m === null) continue;
    // Comments may stand before the markers; after other markup (a template, a tag, a link …) they are text.
    if (
      m[1] !== '' &&
      !(m[1]!.match(PLACEHOLDER) ?? []).every((a) => st.atoms[Number(a.slice(1, -1))]!.type === 'comment')
    )
      continue;
    // A term line (';' alone) is one list token; its ':' would start a definition, which is not read here.
    if (m[2]!.includes(';') && (m[2] !== ';' || line.includes(':', m[0].length)))
      throw new LiteUnsupported('definition list');
    lines[i] = m[1]! + st.atom(st.leaf('list', m[2]! + m[3]!)) + line.slice(m[0].length);
  }
  return lines.join('\n');
}
