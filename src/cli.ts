#!/usr/bin/env node
// CLI entry: `wikiconflict parse|convert|fetch|dump|schema` (see `wikiconflict --help`).
import { once } from 'node:events';
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  isTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
  drain: async () => void (await once(process.stdout, 'drain')),
});
