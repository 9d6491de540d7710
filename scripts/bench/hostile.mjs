// Times the built command on the hostile YAML of issue 11 (scripts/bench/hostile-inputs.mjs): for each input, its
// size, wall and CPU time and peak memory of `rollgate check`, the finding it got, and a one-cluster check measured
// in the same run to compare with (by CPU time, which a loaded machine disturbs least); the worst is marked. Usage:
//   npm run bench:hostile                 each input once
//   npm run bench:hostile -- --runs 3     the median of three runs each
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HOSTILE_INPUTS } from './hostile-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'rollgate.js');
const preload = path.join(root, 'scripts', 'bench', 'peak-memory.cjs');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
if (!(runs >= 1)) {
  console.error(`bench:hostile: --runs ${values.runs} is not a count.`);
  process.exit(2);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), 'rollgate-bench-hostile-'));
const usageFile = path.join(scratch, 'usage.json');

/** One `rollgate check` of folder/fleet.yaml: wall ms, CPU ms, peak MB and the first finding. */
function checkOnce(folder, baseRef) {
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const args = ['check', '--head', 'fleet.yaml', '--format', 'json', '--now', '2026-11-22'];
  const result = spawnSync(
    process.execPath,
    ['--require', preload, bin, ...args, ...(baseRef ? ['--base-ref', 'HEAD'] : [])],
    {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', ROLLGATE_BENCH_USAGE_FILE: usageFile },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  let finding = `exit ${result.status}`;
  try {
    const first = JSON.parse(result.stdout).findings[0];
    if (first) finding = `${first.rule}${first.code ? ` ${first.code}` : ''}`;
  } catch {}
  return { ms, cpuMs: usage.cpuMicroseconds / 1000, megabytes: usage.maxRssKiB / 1024, finding };
}

function measure(name, text, baseRef) {
  const folder = mkdtempSync(path.join(scratch, 'case-'));
  writeFileSync(path.join(folder, 'fleet.yaml'), text);
  if (baseRef) {
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', 'fleet.yaml'],
      ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'base'],
    ])
      spawnSync('git', args, { cwd: folder });
  }
  const samples = Array.from({ length: runs }, () => checkOnce(folder, baseRef));
  samples.sort((a, b) => a.ms - b.ms);
  const mid = samples[Math.floor(samples.length / 2)];
  return { name, bytes: Buffer.byteLength(text), ...mid };
}

const oneCluster = readFileSync(path.join(root, 'examples', 'microcloud', 'head-pass.yaml'), 'utf8');
const rows = [measure('one cluster (examples/microcloud/head-pass.yaml), for comparison', oneCluster, false)];
for (const input of HOSTILE_INPUTS) rows.push(measure(input.name, input.text(), Boolean(input.baseRef)));
rmSync(scratch, { recursive: true, force: true });

const worst = rows.slice(1).reduce((a, b) => (b.ms > a.ms ? b : a));
const table = [
  ['input', 'size', 'wall s', 'CPU s', 'CPU x one cluster', 'peak MB', 'finding'],
  ...rows.map((r) => [
    `${r === worst ? '* ' : ''}${r.name}`,
    r.bytes >= 1 << 20 ? `${(r.bytes / (1 << 20)).toFixed(1)} MiB` : `${(r.bytes / 1024).toFixed(0)} KiB`,
    (r.ms / 1000).toFixed(2),
    (r.cpuMs / 1000).toFixed(2),
    `${(r.cpuMs / rows[0].cpuMs).toFixed(1)}x`,
    r.megabytes.toFixed(0),
    r.finding,
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
for (const line of table)
  console.log(
    line
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
console.log(
  `\n* the worst: ${(worst.ms / 1000).toFixed(2)} s, ${worst.megabytes.toFixed(0)} MB (${runs} run${runs === 1 ? '' : 's'} each, median; Node ${process.versions.node}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}).`,
);
