// The arguments of a template call read as text: top-level pipes only, last of a repeated name wins.
import { describe, expect, it } from 'vitest';
import { OPAQUE, splitCallArguments } from '../../src/02-read/wikitext/split-call-arguments.js';

describe('splitCallArguments', () => {
  it.each([
    ['coord|52|N|display=title', ['52', 'N'], [['display', 'title']]],
    ['sfn| Smith | 1990 |p=4', ['Smith', '1990'], [['p', '4']]],
    ['a|{{b|c=d}}|[[e|f]]|g = h ', ['{{b|c=d}}', '[[e|f]]'], [['g', 'h']]],
    // an '=' inside a nested call names nothing: the piece is positional, as MediaWiki reads it
    ['efn|See {{cite|url=x}}', ['See {{cite|url=x}}'], []],
    ['efn|t={{a|b=c}}', [], [['t', '{{a|b=c}}']]],
    ['a|Display=inline|display=title', [], [['display', 'title']]],
    [
      'a|k=v=w|=x',
      [],
      [
        ['k', 'v=w'],
        ['', 'x'],
      ],
    ],
    ['a|}}|b', ['}}', 'b'], []],
    [`a|x${OPAQUE}y=z`, [`x${OPAQUE}y=z`], []],
    ['name only', [], []],
  ])('%j', (inner, positional, named) => {
    const args = splitCallArguments(inner);
    expect(args.positional).toEqual(positional);
    expect([...args.named]).toEqual(named);
  });
});
