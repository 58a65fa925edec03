// The README's CommonJS example (the JSON Schema by require), run as written against the built package: `require`
// resolves 'wikiconflict' to this package itself (a self-reference through `exports`), as a user's project would.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../scripts/_lib/corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .find((code) => code.includes("require('wikiconflict/schema.json')"));

describe('README: CommonJS and the JSON Schema', () => {
  it('has the example', () => {
    expect(block).toContain("require('wikiconflict')");
  });

  it.skipIf(!existsSync(new URL('dist/index.cjs', `file://${root}`)))(
    'prints true for an article, as its comment says (needs npm run build)',
    () => {
      const wikitext = readFileSync(fixturePath('battle-of-actium.wiki'), 'utf8');
      const code = `const wikitext = ${JSON.stringify(wikitext)};\n${block}`;
      const out = execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
      expect(block).toMatch(/console\.log\(.*\); \/\/ true\n$/);
      expect(out).toBe('true\n');
    },
  );
});
