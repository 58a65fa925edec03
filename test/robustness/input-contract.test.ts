// Tests for the error contract: what parseConflict throws (only InputError), input normalisation, plain-data field names.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/01-prepare/check-input.js';
import { normalizeInput } from '../../src/01-prepare/normalize-input.js';
import { createContext, DEFAULT_MAX_BYTES } from '../../src/_lib/context.js';
import { runStage } from '../../src/_lib/run-stage.js';
import { InputError, WikiconflictError } from '../../src/index.js';
import { parseConflict } from '../../src/parse-conflict.js';
import { ConflictSchema } from '../../src/model/conflict.js';
import { thrown } from '../helpers/thrown.js';

const box = (body: string) => `{{Infobox military conflict\n| conflict = X\n${body}\n}}\n`;
const codes = (text: string, options = {}) => parseConflict(text, options).warnings.map((w) => w.code);

describe('what parseConflict throws', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a Buffer', Buffer.from('{{Infobox battle}}')],
    ['an object', { toString: () => 'x' }],
  ])('%s → InputError not-a-string', (_name, input) => {
    const error = thrown(() => parseConflict(input as string));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(WikiconflictError);
    expect((error as InputError).code).toBe('not-a-string');
    expect((error as InputError).name).toBe('InputError');
  });

  it('input over maxBytes → InputError too-large, counted in UTF-8 bytes', () => {
    expect((thrown(() => parseConflict('x'.repeat(101), { maxBytes: 100 })) as InputError).code).toBe('too-large');
    expect(parseConflict('x'.repeat(100), { maxBytes: 100 }).format).toBe('wikitext');
    // 34 × "é" is 68 bytes: over 60 though only 34 UTF-16 units; 20 × "😀" is 80 bytes.
    expect((thrown(() => parseConflict('é'.repeat(34), { maxBytes: 60 })) as InputError).code).toBe('too-large');
    expect((thrown(() => parseConflict('😀'.repeat(20), { maxBytes: 79 })) as InputError).message).toMatch(
      /80 bytes; the limit is 79/,
    );
    expect(() => parseConflict('😀'.repeat(20), { maxBytes: 80 })).not.toThrow();
  });

  it('the default limit is 10 MiB, and Infinity lifts it', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
    const big = 'a'.repeat(DEFAULT_MAX_BYTES + 1);
    expect((thrown(() => checkInput(big, {})) as InputError).code).toBe('too-large');
    expect(checkInput(big, { maxBytes: Infinity })).toEqual({ maxBytes: Infinity });
  });

  it.each([
    ['options null', null],
    ['options a string', 'wikitext'],
    ['format', { format: 'html' }],
    ['title', { title: 5 }],
    ['sections', { sections: 'no' }],
    ['pageId', { pageId: 1.5 }],
    ['revisionId', { revisionId: '7' }],
    ['maxBytes negative', { maxBytes: -1 }],
    ['maxBytes NaN', { maxBytes: Number.NaN }],
  ])('invalid %s → InputError invalid-option', (_name, options) => {
    const error = thrown(() => parseConflict('text', options as never));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('invalid-option');
  });
});

describe('input normalisation (stage 1, prepare)', () => {
  it('strips a BOM and turns CRLF and CR into LF, without a warning', () => {
    const ctx = createContext();
    expect(normalizeInput('\uFEFFa\r\nb\rc\n', ctx)).toBe('a\nb\nc\n');
    expect(ctx.warnings).toEqual([]);
  });

  it('replaces NUL and other C0 controls (not tab or LF) and DEL with U+FFFD, in one warning with the count', () => {
    const ctx = createContext();
    expect(normalizeInput('a\u0000b\u0001\tc\u001f\u007f\n', ctx)).toBe('a\uFFFDb\uFFFD\tc\uFFFD\uFFFD\n');
    expect(ctx.warnings).toEqual([
      {
        code: 'control-characters',
        severity: 'warning',
        message: 'The input held 4 control characters; each was replaced with U+FFFD.',
      },
    ]);
  });

  it('replaces unpaired surrogates but keeps pairs (emoji, astral scripts)', () => {
    const ctx = createContext();
    expect(normalizeInput('\uD800x😀\uDC00𐌰', ctx)).toBe('\uFFFDx😀\uFFFD𐌰');
    expect(ctx.warnings[0]?.message).toBe('The input held 2 unpaired surrogates; each was replaced with U+FFFD.');
  });

  it('returns clean input unchanged', () => {
    const text = 'Ελληνικά\tשלום עולם 日本語 😀\n';
    expect(normalizeInput(text, createContext())).toBe(text);
  });

  it('NUL bytes inside the infobox: the fields are read and one warning names the count', () => {
    const c = parseConflict(box('| result = Vic\u0000tory\n| casualties1 = 3 kil\u0000led'));
    expect(c.result).toBe('Vic\uFFFDtory');
    expect(c.warnings.filter((w) => w.code === 'control-characters').map((w) => w.message)).toEqual([
      'The input held 2 control characters; each was replaced with U+FFFD.',
    ]);
  });

  it('CRLF, CR and a BOM parse like LF', () => {
    const lf = parseConflict(`${box('| result = Victory\n| casualties1 = 3 killed')}Lead.\n\n== A ==\nText.`);
    const crlf = parseConflict(
      `\uFEFF${box('| result = Victory\n| casualties1 = 3 killed')}Lead.\n\n== A ==\nText.`.replace(/\n/g, '\r\n'),
    );
    const cr = parseConflict(
      `${box('| result = Victory\n| casualties1 = 3 killed').replace(/\n/g, '\r')}Lead.\r\r== A ==\rText.`,
    );
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
    expect(lf.sections[0]?.paragraphs).toEqual(['Text.']);
  });

  it('tabs, non-Latin scripts and right-to-left text parse', () => {
    const c = parseConflict(
      `${box('|\tresult\t=\tمعركة حطين\n| place = 日本, 東京\n| combatant1 = צה"ל\n| casualties1 = 3 killed')}Лид.\n`,
    );
    expect(c.result).toBe('معركة حطين');
    expect(c.place?.parts).toEqual(['日本', '東京']);
    expect(c.sides[0]?.combatants[0]?.name).toBe('צה"ל');
    expect(c.sides[0]?.casualties?.figures[0]?.min).toBe(3);
    expect(c.lead).toEqual(['Лид.']);
    expect(codes(box('| result = שלום'))).not.toContain('internal-error');
  });
});

describe('infobox parameter names are plain data', () => {
  const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];

  it.each(['wikitext', 'plain'] as const)('%s: they come back in infobox.fields and pollute nothing', (format) => {
    const text =
      format === 'wikitext'
        ? box(`${names.map((n) => `| ${n} = polluted`).join('\n')}\n| casualties1 = 3 killed`)
        : `= X =\n\nInfobox\n${names.map((n) => `- ${n}: polluted`).join('\n')}\n- Casualties1: 3 killed\n`;
    const c = parseConflict(text);
    expect(c.infobox?.fields.filter((f) => f.value === 'polluted').map((f) => f.name)).toEqual(
      names.map((n) => n.toLowerCase()),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(typeof ({} as { hasOwnProperty: unknown }).hasOwnProperty).toBe('function');
    expect(c.sides[0]?.casualties?.figures[0]?.min).toBe(3);
    expect(ConflictSchema.safeParse(c).success).toBe(true);
  });
});

describe('stage guard', () => {
  it('turns an exception into one internal-error warning naming the stage, and returns the fallback', () => {
    const ctx = createContext();
    const out = runStage(
      'interpret',
      'nothing was interpreted',
      ctx,
      () => {
        throw new TypeError('x is undefined');
      },
      () => 'fallback',
    );
    expect(out).toBe('fallback');
    expect(ctx.warnings).toEqual([
      {
        code: 'internal-error',
        severity: 'warning',
        message:
          'Internal error in stage "interpret" (TypeError: x is undefined); nothing was interpreted. Please report this input.',
      },
    ]);
  });

  it('catches a stack overflow', () => {
    const ctx = createContext();
    const recurse = (n: number): number => recurse(n + 1) + 1;
    expect(
      runStage(
        'read',
        'nothing could be read',
        ctx,
        () => recurse(0),
        () => -1,
      ),
    ).toBe(-1);
    expect(ctx.warnings[0]?.message).toMatch(
      /^Internal error in stage "read" \(RangeError: Maximum call stack size exceeded\)/,
    );
  });

  it('returns the value and warns nothing when the stage succeeds', () => {
    const ctx = createContext();
    expect(
      runStage(
        'detect',
        '',
        ctx,
        () => 1,
        () => 2,
      ),
    ).toBe(1);
    expect(ctx.warnings).toEqual([]);
  });
});
