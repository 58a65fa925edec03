// Stage 3 (clean): wikiparser-node AST → CleanValue. STUB: replaced by the template-table cleaner.
import type { AstNodes, Token } from 'wikiparser-node';
import { plainValue, type CleanValue } from '../_lib/clean-value.js';
import type { Context } from '../_lib/context.js';

export interface CleanOptions {
  /** Called for each <ref> met; returns the reference id to anchor in the value (or null to drop it). */
  onRef?: (ref: Token) => string | null;
  /** The infobox field being cleaned, for warnings. */
  field?: string;
}

export function cleanNode(node: Token | AstNodes | readonly AstNodes[], _ctx: Context, _options: CleanOptions = {}): CleanValue {
  const nodes = Array.isArray(node) ? node : [node];
  return plainValue(nodes.map((n) => String(n)).join('').trim());
}
