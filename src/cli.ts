#!/usr/bin/env node
// CLI entry: `wikiconflict parse|convert|fetch|dump|schema` (see `wikiconflict --help`).
import { once } from 'node:events';
import { EXIT } from './cli/cli-io.js';
import { runCli } from './cli/run-cli.js';
import { removeTemporaryFiles } from './cli/write-file-atomic.js';

// Interrupted (Ctrl-C, or a kill): drop the output files still under their temporary names, so no half file is
// left, then exit 130 (128 + SIGINT), or 143 for SIGTERM, as shells do.
for (const [signal, code] of [
  ['SIGINT', EXIT.interrupted],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.stderr.write(`\nwikiconflict: interrupted\n`);
    process.exit(code);
  });
}

// The reader of standard output has gone (`wikiconflict convert … | head`): stop quietly, as a Unix tool stopped by
// SIGPIPE does, instead of reporting every article after it as failed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  removeTemporaryFiles();
  process.exit(EXIT.ok);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  isTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
  drain: async () => void (await once(process.stdout, 'drain')),
});
