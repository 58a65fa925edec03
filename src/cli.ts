#!/usr/bin/env node
// CLI entry: `wikiconflict parse <file|->` prints the Conflict as JSON.
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
});
