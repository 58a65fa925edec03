// Test helper: run the CLI in-process with captured stdout/stderr and a given stdin.
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

export async function run(argv: string[], options: { stdin?: string | Buffer; isTTY?: boolean } = {}) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdin: Readable.from([options.stdin ?? '']),
    isTTY: options.isTTY ?? false,
    columns: 80,
  });
  return { code, out, err };
}
