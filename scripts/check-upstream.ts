// npm run check:upstream [-- VERSION] [-- --all]: install the newest wikiparser-node (or VERSION) into a temporary
// folder and run the tests that compare our readers with it — the fast reader's trees, the fast path's Conflicts,
// the tag scan, the goldens — against that copy instead of the bundled one. `--all` runs every test. Green means the
// upgrade is: `npm install -D -E wikiparser-node@VERSION && npm run build`. Not part of `npm test` (it needs the registry).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EQUIVALENCE_TESTS = [
  'test/wikitext/fast/lite-equivalence.test.ts',
  'test/perf/fast-path-equivalence.test.ts',
  'test/perf/scan-tags.test.ts',
  'test/wikitext/parse-page.test.ts',
  'test/clean/clean-wikitext.test.ts',
  'test/golden.test.ts',
];

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const all = args.includes('--all');
const version = args.find((a) => !a.startsWith('--')) ?? 'latest';
const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

const tmp = mkdtempSync(join(tmpdir(), 'wikiconflict-upstream-'));
try {
  writeFileSync(join(tmp, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--omit=optional', `wikiparser-node@${version}`], {
    cwd: tmp,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dir = join(tmp, 'node_modules', 'wikiparser-node');
  const bundled = versionOf(join(root, 'node_modules', 'wikiparser-node'));
  console.log(`wikiparser-node ${versionOf(dir)} (bundled: ${bundled}) from ${dir}`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'scripts/upstream-vitest.config.ts', ...(all ? [] : EQUIVALENCE_TESTS)],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, WIKICONFLICT_PARSER_DIR: dir },
    },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
