// Wikitext parser: compile-time proof that wikiparser-node's nodes satisfy the WikiNode contract the readers
// use (nothing runs here: a member that changes shape upstream fails `tsc`).
import type {
  AstText,
  ExtToken,
  HeadingToken,
  HtmlToken,
  ParameterToken,
  Token,
  TranscludeToken,
} from 'wikiparser-node';
import type { LiteNode } from './fast/lite-node.js';
import type {
  WikiElement,
  WikiHeading,
  WikiNode,
  WikiParameter,
  WikiTag,
  WikiTemplate,
  WikiText,
} from './wiki-node.js';

type Satisfies<T extends U, U = WikiNode> = T;

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
  // each kind's narrowed shape, as the guards in wiki-node.ts assume it (LiteNode is one class for every kind, its
  // members optional: the fast-reader equivalence tests hold it to these shapes)
  Satisfies<AstText, WikiText>,
  Satisfies<TranscludeToken, WikiTemplate>,
  Satisfies<ParameterToken, WikiParameter>,
  Satisfies<ExtToken, WikiTag>,
  Satisfies<HtmlToken, WikiTag>,
  Satisfies<HeadingToken, WikiHeading>,
  Satisfies<Token, WikiElement>,
];
