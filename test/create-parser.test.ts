// The extension point: createParser adds template rules and kind words to the built-in tables, for its own parses
// only; bad options throw a named InputError; a handler that throws costs only its template.
import { describe, expect, it } from 'vitest';
import { createParser, InputError, parseCasualties, parseConflict } from '../src/index.js';
import { thrown } from './helpers/thrown.js';

const parser = createParser({
  templates: [
    { names: ['Casualty count'], handler: (call) => `${call.text(1)} ${call.text('kind') || 'killed'}` },
    { names: ['Local banner'], handler: 'drop' },
    { names: ['Unit name'], handler: { keep: ['name', 1] } },
    { names: ['Sides list'], handler: { lines: true } },
    // a name of the built-in table: the caller's rule wins
    { names: ['Ubl'], handler: 'drop' },
  ],
  vocabulary: { kinds: { killed: ['martyred'], captured: ['taken hostage'] } },
});

const page = [
  '{{Local banner|date=2020}}',
  '{{Infobox military conflict',
  '| conflict = Battle of X',
  '| combatant1 = {{Unit name|id=7|name=Alpha}}',
  '| combatant2 = {{Sides list|Beta|Gamma}}',
  '| casualties1 = {{Casualty count|5}}',
  '| casualties2 = 3 martyred (per Alpha)',
  '}}',
  "The '''Battle of X''' was fought.",
  '',
].join('\n');

describe('template rules', () => {
  const conflict = parser.parseConflict(page);

  it('a function prints its text, which is then split like any value', () => {
    expect(conflict.sides[0]?.casualties?.text).toBe('5 killed');
    expect(conflict.sides[0]?.casualties?.figures.map((f) => [f.kind, f.min])).toEqual([['killed', 5]]);
    expect(
      parser.parseCasualties('{{Casualty count|12|kind=wounded}} (per Mali)').map((f) => [f.kind, f.min, f.source]),
    ).toEqual([['wounded', 12, 'Mali']]);
  });

  it('keep takes the first present parameter, lines one line each, drop nothing (and no warning)', () => {
    expect(conflict.sides[0]?.combatants.map((p) => p.name)).toEqual(['Alpha']);
    expect(conflict.sides[1]?.combatants.map((p) => p.name)).toEqual(['Beta', 'Gamma']);
    expect(conflict.warnings).toEqual([]);
  });

  it('overrides a built-in rule of the same name', () => {
    expect(parseCasualties('{{ubl|3 killed|4 wounded}}').map((f) => f.kind)).toEqual(['killed', 'wounded']);
    expect(parser.parseCasualties('{{ubl|3 killed|4 wounded}}')).toEqual([]);
  });

  it('changes nothing for parseConflict and parseCasualties themselves', () => {
    const plain = parseConflict(page);
    expect(plain.sides[0]?.combatants).toEqual([]);
    expect(plain.sides[0]?.casualties?.text).toBe('5');
    expect(plain.warnings.map((w) => w.code)).toContain('unknown-template');
  });

  it('a handler that throws drops its template with an extension-error warning; the rest is read', () => {
    const boom = createParser({
      templates: [
        {
          names: ['Boom'],
          handler: () => {
            throw new Error('nope');
          },
        },
      ],
    });
    const conflict = boom.parseConflict(page.replace('{{Casualty count|5}}', '3 killed {{Boom}}'));
    expect(conflict.sides[0]?.casualties?.text).toBe('3 killed');
    expect(conflict.warnings).toContainEqual({
      code: 'extension-error',
      severity: 'warning',
      message: 'The handler added for {{Boom}} threw (Error: nope); the template was dropped.',
      field: 'casualties1',
    });
  });
});

describe('kind words', () => {
  it('are added to the built-in ones, multi-word phrases included', () => {
    expect(parser.parseCasualties('3 martyred, 4 taken hostage, 2 wounded').map((f) => [f.kind, f.min])).toEqual([
      ['killed', 3],
      ['captured', 4],
      ['wounded', 2],
    ]);
    expect(parser.parseConflict(page).sides[1]?.casualties?.figures.map((f) => [f.kind, f.min, f.source])).toEqual([
      ['killed', 3, 'Alpha'],
    ]);
  });

  it('are the parser’s own: the built-in vocabulary is unchanged', () => {
    expect(parseCasualties('3 martyred').map((f) => f.kind)).toEqual(['casualties']);
  });
});

describe('bad options', () => {
  it.each([
    [[], 'createParser: options must be an object.'],
    [{ templates: {} }, 'createParser: templates must be an array.'],
    [
      { templates: [{ names: [], handler: 'drop' }] },
      'createParser: templates[0].names must be a non-empty array of strings.',
    ],
    [
      { templates: [{ names: ['A', ' '], handler: 'drop' }] },
      'createParser: templates[0].names[1] must be a non-empty string.',
    ],
    [
      { templates: [{ names: ['A'], handler: 'keep' }] },
      "createParser: templates[0].handler must be 'drop', { keep: [...] }, { lines: true } or a function.",
    ],
    [
      { templates: [{ names: ['A'], handler: { keep: [0] } }] },
      'createParser: templates[0].handler.keep[0] must be a parameter number (1 or more) or name.',
    ],
    [
      { vocabulary: { kinds: { killed: 'martyred' } } },
      'createParser: vocabulary.kinds.killed must be a non-empty array of strings.',
    ],
  ])('%j → InputError invalid-option', (options, message) => {
    const error = thrown(() => createParser(options as never)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.code).toBe('invalid-option');
    expect(error.message).toBe(message);
  });

  it('names the kinds there are for an unknown one', () => {
    const error = thrown(() => createParser({ vocabulary: { kinds: { slain: ['x'] } } } as never)) as InputError;
    expect(error.message).toMatch(/^createParser: vocabulary\.kinds\.slain must be one of killed, wounded, captured, /);
  });
});
