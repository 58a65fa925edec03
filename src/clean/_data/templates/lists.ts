// Clean service data: list templates — one line per item.
import { block, lines, nodeOf } from '../../template-helpers.js';
import type { Emit, TemplateRule } from '../../template-rule.js';

export const LIST_RULES: TemplateRule[] = [
  {
    id: 'plainlist',
    // Their single parameter holds a wikitext list; items given as parameters work too.
    names: ['plainlist', 'plain list', 'flatlist', 'flat list', 'startflatlist', 'endflatlist', 'plainlist/start'],
    handler: { lines: true },
    examples: [
      ['{{plainlist|\n* 21 killed\n* 60+ wounded}}', '21 killed\n60+ wounded'],
      ['{{Plainlist|* a\n* b}}', 'a\nb'],
      ['x {{flatlist|\n* c\n* d\n}} y', 'x\nc\nd\ny'],
    ],
  },
  {
    id: 'unbulleted-list',
    names: [
      'unbulleted list',
      'ubl',
      'ubil',
      'ublist',
      'unbullet',
      'unbulleted',
      'unbulleted indent list',
      'hlist',
      'hl',
      'bulleted list',
      'bulleted',
      'blist',
      'bulletlist',
      'unordered list',
      'ordered list',
      'plainlist/items',
    ],
    handler: { lines: true },
    examples: [
      ['{{ubl|2 killed|6 wounded}}', '2 killed\n6 wounded'],
      ['{{Unbulleted list\n|a\n|\n|b}}', 'a\nb'],
      ['{{hlist|2 killed|6 wounded|class=x}}', '2 killed\n6 wounded'],
      ['{{bulleted list|one|two}}', 'one\ntwo'],
    ],
  },
  {
    id: 'collapsible-list',
    names: ['collapsible list', 'collapsible lists', 'clist', 'collapsed list'],
    handler: (call) => {
      const title = call.arg('title');
      const head: Emit[] = title === undefined ? [] : block([{ mark: 'title', content: [{ node: title }] }]);
      return [...head, ...lines(call.positional)];
    },
    examples: [
      ['{{Collapsible list|title=Total: 5|3 killed|2 wounded}}', 'Total: 5\n3 killed\n2 wounded'],
      ['{{collapsible list|a|b}}', 'a\nb'],
    ],
  },
  {
    id: 'hidden',
    // A collapsed box: its title on one line, its content below.
    names: ['hidden', 'hidden block', 'collapsed', 'hidden content', 'hide'],
    handler: (call) => {
      const named = call.arg('header') ?? call.arg('title');
      const title = named ?? call.arg(1);
      const content = call.arg('content') ?? (named !== undefined ? call.arg(1) : call.arg(2));
      return [
        ...block(title === undefined ? [] : [{ mark: 'title', content: [{ node: title }] }]),
        ...block(nodeOf(content)),
      ];
    },
    examples: [['{{hidden|Details|1 killed}}', 'Details\n1 killed']],
  },
  {
    id: 'list-markers',
    // Open/close halves of list wrappers: the list between them is ordinary wikitext.
    names: [
      'endplainlist',
      'end plainlist',
      'startplainlist',
      'start plainlist',
      'plainlist/end',
      'flatlist/end',
      'end flatlist',
      'hidden begin',
      'hidden end',
      'collapse top',
      'collapse bottom',
      'hlist/end',
      'div col',
      'div col end',
      'col-begin',
      'col-end',
      'col-break',
      'col-2',
      'col-3',
      'refbegin',
      'refend',
      'nowrap begin',
      'nowrap end',
      'end',
      'top',
      'bottom',
      'multicol',
      'multicol-break',
      'multicol-end',
      'tree list',
      'tree list/end',
      'treelist',
      'div col begin',
      'columns-list/end',
    ],
    handler: 'drop',
    examples: [['{{startplainlist}}\n* a\n* b\n{{endplainlist}}', 'a\nb']],
  },
];
