// Stage 2 (read, wikitext): compile-time proof that wikiparser-node's nodes satisfy the WikiNode contract the readers
// use (nothing runs here: a member that changes shape upstream fails `tsc`).
import type { AstText, ExtToken, HeadingToken, HtmlToken, ParameterToken, Token, TranscludeToken } from 'wikiparser-node';
import type { LiteNode } from './lite/lite-node.js';
import type { WikiNode } from './wiki-node.js';

type Satisfies<T extends WikiNode> = T;

/** Each node kind the readers meet, from both parsers. */
export type CheckedNodes = [
  Satisfies<Token>,
  Satisfies<AstText>,
  Satisfies<TranscludeToken>,
  Satisfies<ParameterToken>,
  Satisfies<ExtToken>,
  Satisfies<HtmlToken>,
  Satisfies<HeadingToken>,
  Satisfies<LiteNode>,
];
