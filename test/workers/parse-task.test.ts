// Workers: a task's answer holds the Conflict as JSON text, or its rendering and warnings; a failure is a value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWorkerTask } from '../../src/workers/parse-task.js';
import { OUTPUT_FORMATS, parseConflict } from '../../src/index.js';

const seed = readFileSync(new URL('../../fixtures/amazragane-skirmish.txt', import.meta.url), 'utf8');
const odd = '= Odd =\n\nInfobox\nnot a field line\n- Date: 1916\n';

describe('runWorkerTask', () => {
  it('answers with the Conflict as JSON text', () => {
    const answer = runWorkerTask({ id: 7, text: seed, options: {} });
    expect(answer).toMatchObject({ id: 7, ok: true });
    expect(JSON.parse((answer as { json: string }).json)).toEqual(parseConflict(seed));
  });

  it.each(OUTPUT_FORMATS.map((f) => f.id))('renders %s in the worker and hands back the warnings', (id) => {
    const answer = runWorkerTask({ id: 1, text: odd, options: {}, render: id });
    const conflict = parseConflict(odd);
    expect(answer).toEqual({
      id: 1,
      ok: true,
      rendered: OUTPUT_FORMATS.find((f) => f.id === id)!.render(conflict),
      warnings: conflict.warnings,
    });
    expect(conflict.warnings.map((w) => w.code)).toContain('plain-format');
  });

  it('turns a refused input into ok: false with the error message', () => {
    const answer = runWorkerTask({ id: 2, text: seed, options: { maxBytes: 10 }, render: 'json' });
    expect(answer).toMatchObject({ id: 2, ok: false });
    expect((answer as { error: string }).error).toMatch(/limit is 10/);
  });

  it('turns an unknown output format into ok: false', () => {
    expect(runWorkerTask({ id: 3, text: seed, options: {}, render: 'yaml' as 'json' })).toEqual({
      id: 3,
      ok: false,
      error: 'unknown output format "yaml"',
    });
  });
});
