import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConflict } from '../../src/parse-conflict.js';
import { buildJsonSchema } from '../../src/render/json-schema.js';
import { fixtureTitle } from '../helpers/fixture-title.js';

const root = new URL('../../', import.meta.url);
const fixturesDir = new URL('fixtures/', root);
const dir = mkdtempSync(join(tmpdir(), 'wikiconflict-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The file the build ships, written by the build's own script.
const schemaPath = join(dir, 'schema.json');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-schema.ts', schemaPath], {
  cwd: root,
  stdio: 'pipe',
});
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('JSON Schema', () => {
  it('is draft 2020-12 and documents fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toEqual(buildJsonSchema());
    expect(schema.properties.title.type).toBe('string');
    expect(schema.properties.pageId.description).toMatch(/page id/);
    expect(schema.required).toContain('sections');
    expect(schema.required).not.toContain('pageId');
  });

  it.each(readdirSync(fixturesDir).filter((f) => /\.(txt|wiki)$/.test(f)))('validates the parse of %s', (file) => {
    const title = fixtureTitle(file);
    const conflict = parseConflict(readFileSync(new URL(file, fixturesDir), 'utf8'), {
      ...(title ? { title } : {}),
      pageId: 1,
      revisionId: 2,
    });
    const valid = validate(JSON.parse(JSON.stringify(conflict)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a Conflict with a wrong field type', () => {
    const conflict = parseConflict(readFileSync(new URL('amazragane-skirmish.txt', fixturesDir), 'utf8'));
    expect(validate({ ...conflict, sections: 'none' })).toBe(false);
    expect(validate({ ...conflict, pageId: 'x' })).toBe(false);
  });
});
