// Benchmark: `wikiconflict dump` over a generated export of at least 200 MB (bench/build-dump-export.ts) as .xml,
// single-stream .xml.bz2 and multistream .xml.bz2 with 1 and 2 workers, by lbzip2 and by bzip2 (where installed), each timed beside native `bzip2 -dc` of the
// same file in the same round (the machine is shared: only ratios taken side by side mean much), with peak RSS.
// `npm run bench:dump`; BENCH_DUMP_MB sets the size, BENCH_DUMP_ROUNDS the rounds, BENCH_DUMP_CLI the CLI to run.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildDumpExport } from './build-dump-export.js';

const megabytes = Number(process.env.BENCH_DUMP_MB ?? 200);
const rounds = Number(process.env.BENCH_DUMP_ROUNDS ?? 2);
const cli = process.env.BENCH_DUMP_CLI ?? new URL('../dist/cli.js', import.meta.url).pathname;
const built = await buildDumpExport(megabytes);
const xmlBytes = readFileSync(built.xml).length;

interface Timing {
  seconds: number;
  peakRssMb: number;
  output: string;
}

/** Runs a command under /usr/bin/time -v (for the peak RSS of it and its children's largest), stdout to a file. */
function run(command: string, args: string[], outFile: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')}: exit ${code}\n${err}`));
      writeFileSync(outFile, Buffer.concat(out));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      resolve({ seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, output: outFile });
    });
  });
}

const tmp = new URL('tmp/', import.meta.url).pathname;
const has = (program: string): boolean => spawnSync(program, ['--help'], { stdio: 'ignore' }).error === undefined;
// The decoders side by side: lbzip2 (the default where installed) and bzip2, each where it is on PATH.
const programs = ['lbzip2', 'bzip2'].filter(has);
const cases = [
  { name: '.xml, 2 workers', file: built.xml, args: ['--workers', '2'] },
  ...programs.map((p) => ({
    name: `single-stream .bz2, 2 workers, ${p}`,
    file: built.singleStream,
    args: ['--workers', '2', '--decoder', p],
  })),
  ...programs.map((p) => ({
    name: `multistream .bz2, 1 worker, ${p}`,
    file: built.multistream,
    args: ['--workers', '1', '--decoder', p],
  })),
  ...programs.map((p) => ({
    name: `multistream .bz2, 2 workers, ${p}`,
    file: built.multistream,
    args: ['--workers', '2', '--decoder', p],
  })),
  {
    name: 'multistream .bz2 + index, 2 workers',
    file: built.multistream,
    args: ['--workers', '2', '--index', built.index],
  },
];
const results: Record<string, { mbPerS: number[]; vsNative: number[]; peakRssMb: number[] }> = {};
const native: number[] = [];
console.log(
  `${(xmlBytes / 1e6).toFixed(1)} MB of XML, ${built.pages} pages, ${built.conflicts} conflicts; ${rounds} rounds`,
);
for (let round = 0; round < rounds; round++) {
  const load = loadavg()[0]!.toFixed(2);
  const bzip2 = await run('bzip2', ['-dc', built.multistream], `${tmp}native.xml`);
  native.push(xmlBytes / 1e6 / bzip2.seconds);
  console.log(`round ${round + 1} (load ${load}): native bzip2 -dc ${native.at(-1)!.toFixed(1)} MB/s`);
  let reference: Buffer | null = null;
  for (const c of cases) {
    const t = await run(process.execPath, [cli, 'dump', c.file, ...c.args], `${tmp}out.ndjson`);
    const output = readFileSync(t.output);
    // Every case must write the same lines: the parallel paths change the speed, never the output.
    if (reference && !output.equals(reference)) throw new Error(`${c.name}: output differs from the .xml run`);
    reference ??= output;
    const r = (results[c.name] ??= { mbPerS: [], vsNative: [], peakRssMb: [] });
    r.mbPerS.push(xmlBytes / 1e6 / t.seconds);
    r.vsNative.push(t.seconds / bzip2.seconds);
    r.peakRssMb.push(t.peakRssMb);
    console.log(
      `  ${c.name.padEnd(44)} ${r.mbPerS.at(-1)!.toFixed(1).padStart(6)} MB/s  ${r.vsNative.at(-1)!.toFixed(2)}× native's time  peak RSS ${t.peakRssMb.toFixed(0)} MB`,
    );
  }
}
writeFileSync(
  new URL('dump-results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, xmlMb: xmlBytes / 1e6, pages: built.pages, conflicts: built.conflicts, native, results }, null, 2)}\n`,
);
