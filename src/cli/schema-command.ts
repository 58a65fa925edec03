// CLI command `schema`: print the JSON Schema of the Conflict model.
import { parseArgs } from 'node:util';
import { buildJsonSchema } from '../render/json-schema.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import type { Command } from './command.js';

const USAGE = `Usage: wikiconflict schema

Print the JSON Schema (draft 2020-12) of the Conflict that parse, convert, fetch and dump write. The same
file ships in the package as wikiconflict/schema.json.

Exit codes: 0 ok, 2 bad usage.
`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the Conflict model',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    if (positionals.length > 0) throw new UsageError('schema takes no arguments');
    io.stdout(`${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
