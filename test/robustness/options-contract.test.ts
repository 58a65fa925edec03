// Options: parseCasualties refuses bad ones with InputError invalid-option (as parseConflict does), and every option
// of the API takes `undefined` as absent. The typed constants below only compile (npm run typecheck, with
// exactOptionalPropertyTypes on) while the option types accept `undefined`.
import { describe, expect, it } from 'vitest';
import {
  InputError,
  parseCasualties,
  parseConflict,
  parseMany,
  type CasualtiesOptions,
  type FetchArticlesOptions,
  type ParseDumpOptions,
  type ParseManyOptions,
  type ParseOptions,
  type ParserPoolOptions,
} from '../../src/index.js';
import { fetchArticles } from '../../src/fetch/fetch-articles.js';
import { thrown } from '../helpers/thrown.js';

describe('parseCasualties options', () => {
  it.each([
    ['null', null, 'options must be an object, got null.'],
    ['a string', 'strength', 'options must be an object, got the string "strength".'],
    ['a number', 3, 'options must be an object, got number.'],
    ['an array', ['strength'], 'options must be an object, got an array.'],
    ['mode killed', { mode: 'killed' }, "options.mode must be 'casualties' or 'strength', got the string \"killed\"."],
    ['mode 1', { mode: 1 }, "options.mode must be 'casualties' or 'strength', got number."],
    ['parties a string', { parties: 'Mali' }, 'options.parties must be an array of strings, got the string "Mali".'],
    ['parties [1]', { parties: [1] }, 'options.parties must be an array of strings, got an array.'],
    ['parties [null]', { parties: ['Mali', null] }, 'options.parties must be an array of strings, got an array.'],
  ])('%s → InputError invalid-option', (_name, options, message) => {
    const error = thrown(() => parseCasualties('3 killed', options as never)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.code).toBe('invalid-option');
    expect(error.message).toBe(message);
  });

  it('mode changes what a bare count is; parties and unknown keys are accepted', () => {
    expect(parseCasualties('3,000 men', { mode: 'strength' }).map((f) => f.kind)).toEqual(['strength']);
    expect(parseCasualties('3,000 men').map((f) => f.kind)).toEqual(['casualties']);
    expect(
      parseCasualties('3 killed (Mali)', { parties: ['Mali'], other: 1 } as CasualtiesOptions).map((f) => f.min),
    ).toEqual([3]);
  });
});

describe('undefined is an absent option (exactOptionalPropertyTypes callers)', () => {
  const maybe = <T>(value: T): T | undefined => (process.env.NEVER_SET === 'x' ? value : undefined);
  const parseOptions: ParseOptions = {
    format: maybe('wikitext'),
    title: maybe('T'),
    pageId: maybe(1),
    revisionId: maybe(2),
    itemId: maybe('Q1'),
    sections: maybe(false),
    maxBytes: maybe(10),
  };
  const casualtiesOptions: CasualtiesOptions = { mode: maybe('strength'), parties: maybe(['Mali']) };
  const manyOptions: ParseManyOptions = { ...parseOptions, workers: maybe(2) };
  const poolOptions: ParserPoolOptions = { workers: maybe(2) };
  const dumpOptions: ParseDumpOptions = {
    workers: maybe(1),
    parseOptions: maybe({ sections: false }),
    onProgress: maybe(() => {}),
  };
  const text = '{{Infobox military conflict|conflict=Battle of X|casualties1=3 killed, 4 wounded}}';

  it('parseConflict', () => {
    expect(parseConflict(text, parseOptions)).toEqual(parseConflict(text));
  });

  it('parseCasualties', () => {
    expect(parseCasualties('3 killed (per Mali)', casualtiesOptions)).toEqual(parseCasualties('3 killed (per Mali)'));
  });

  it('parseMany (in this thread)', async () => {
    expect(await parseMany([text], { ...manyOptions, workers: 0 })).toEqual([parseConflict(text)]);
  });

  it('fetchArticles: the default API, batch size and user agent', async () => {
    const asked: { url: string; agent: string | null }[] = [];
    const options: FetchArticlesOptions = {
      lang: maybe('de'),
      api: maybe('http://127.0.0.1:1/'),
      batchSize: maybe(1),
      userAgent: maybe('x'),
      maxAttempts: maybe(3),
      retryDelayMs: maybe(5),
      fetch: async (input, init) => {
        asked.push({ url: String(input), agent: new Headers(init?.headers).get('user-agent') });
        return Response.json({ batchcomplete: true, query: { pages: [{ title: 'A', missing: true }] } });
      },
    };
    const result = await fetchArticles(['A'], options);
    expect(result.missing.map((m) => m.title)).toEqual(['A']);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.url.startsWith('https://en.wikipedia.org/w/api.php?')).toBe(true);
    expect(asked[0]?.agent).toMatch(/^wikiconflict\//);
  });

  it('the pool and dump option types take it too (checked by the compiler)', () => {
    expect([poolOptions.workers, dumpOptions.workers, dumpOptions.parseOptions]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
