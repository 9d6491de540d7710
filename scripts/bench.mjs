// `npm run bench`: times `rollgate check` (and `rollgate plan`, once the CLI has it) as whole processes on
// generated fleets of 1,000, 10,000 and 100,000 members, against a floor measured in the same run: a process
// that only parses the same two YAML files with the same yaml library. Prints a table and whether the goals hold.
//
//   npm run bench                          all sizes, 5 runs each (3 at 100,000)
//   npm run bench -- --sizes 1000,10000    some sizes only
//   npm run bench -- --runs 3 --json .bench/results.json
//
// The fleets and plan outputs go to .bench/ (gitignored). The CLI under test is dist/cli.js as built, run through bin/rollgate.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_NOW, writeFleetPair } from './gen-fleet.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const bundle = path.join(root, 'dist', 'cli.js');
// The `rollgate` bin only imports dist/cli.js and runs it, as `npx rollgate` does.
const cli = path.join(root, 'bin', 'rollgate.js');
const action = path.join(root, 'dist', 'index.js');
const floorScript = path.join(root, 'scripts', 'bench', 'floor.mjs');
const preload = pathToFileURL(path.join(root, 'scripts', 'bench', 'peak-memory.mjs')).href;
const rssFile = path.join(benchDir, 'max-rss');

/** The goals of issue 6. */
const GOALS = {
  checkRatio10k: 2,
  checkSeconds10k: 1.5,
  planSeconds10k: 1,
  linear100k: 12,
  peakMegabytes100k: 512,
  actionStartMs: 200,
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string' },
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes ${values.sizes} is not a list of member counts.`);
const runsFor = (members) => (values.runs ? Number(values.runs) : members >= 100_000 ? 3 : 5);

if (!existsSync(bundle)) {
  console.log('dist/cli.js is missing; building it first (npm run build).');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('The build failed.');
}
mkdirSync(benchDir, { recursive: true });

/** Runs a node process and returns its wall time in ms, its peak memory in MB, its exit code and output. */
function timeNode(args, options = {}) {
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: root,
    env: { ...(options.env ?? cleanEnv()), ROLLGATE_BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    timeout: options.timeout ?? 600_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
  return {
    ms,
    megabytes: rssKb / 1024,
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

/** An environment without GitHub's variables, so the action and the CLI see no inputs. */
function cleanEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GITHUB_') && !key.startsWith('INPUT_') && !key.startsWith('RUNNER_'))
      env[key] = value;
  }
  return env;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// `plan` lands with the merge planner; until then the bench times check alone.
const help = timeNode([cli, '--help']);
const hasPlan = /^\s+plan\s/m.test(help.stdout);
const planHelp = hasPlan ? timeNode([cli, 'plan', '--help']).stdout : '';

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown CPU',
  cores: os.availableParallelism?.() ?? os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  commit:
    spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() ||
    'unknown',
};
console.log(
  `rollgate bench on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.platform}, commit ${machine.commit}`,
);
console.log(
  `timing dist/cli.js (built ${statSync(bundle).mtime.toISOString()}); plan: ${hasPlan ? 'yes' : 'not in this build'}\n`,
);

const rows = [];
for (const members of sizes) {
  const dir = path.join(benchDir, `fleet-${members}`);
  const fleet = writeFleetPair(members, dir);
  const runs = runsFor(members);
  const checkArgs = [
    cli,
    'check',
    '--base',
    fleet.base,
    '--head',
    fleet.head,
    '--now',
    BENCH_NOW,
    '--format',
    'json',
  ];
  const outDir = path.join(benchDir, `plan-${members}`);
  const planArgs = [
    cli,
    'plan',
    '--base',
    fleet.base,
    '--head',
    fleet.head,
    '--out',
    outDir,
    ...(/--now\b/.test(planHelp) ? ['--now', BENCH_NOW] : []),
  ];
  const samples = { floor: [], check: [], plan: [], checkMb: [], planMb: [], floorMb: [] };
  let outcome;
  process.stdout.write(
    `${members} members (${fleet.clusters} clusters, ${(fleet.bytes / 1e6).toFixed(1)} MB): `,
  );
  // Interleave the three, so a slow moment of the machine hits them alike.
  for (let run = 0; run < runs; run++) {
    const floor = timeNode([floorScript, fleet.base, fleet.head]);
    if (floor.status !== 0) fail(`the floor process failed: ${floor.stderr.trim()}`);
    samples.floor.push(floor.ms);
    samples.floorMb.push(floor.megabytes);
    const checked = timeNode(checkArgs);
    if (checked.status !== 0 && checked.status !== 1)
      fail(`rollgate check exited ${checked.status}: ${checked.stderr.trim()}`);
    samples.check.push(checked.ms);
    samples.checkMb.push(checked.megabytes);
    if (run === 0) outcome = JSON.parse(checked.stdout);
    if (hasPlan) {
      rmSync(outDir, { recursive: true, force: true });
      const planned = timeNode(planArgs);
      if (planned.status !== 0 && planned.status !== 1)
        fail(`rollgate plan exited ${planned.status}: ${planned.stderr.trim()}`);
      samples.plan.push(planned.ms);
      samples.planMb.push(planned.megabytes);
    }
    process.stdout.write('.');
  }
  const row = {
    members,
    clusters: fleet.clusters,
    megabytes: fleet.bytes / 1e6,
    runs,
    changes: outcome.changes.length,
    errors: outcome.summary.errors,
    warnings: outcome.summary.warnings,
    floorMs: median(samples.floor),
    floorMb: Math.max(...samples.floorMb),
    checkMs: median(samples.check),
    checkMb: Math.max(...samples.checkMb),
    ...(hasPlan ? { planMs: median(samples.plan), planMb: Math.max(...samples.planMb) } : {}),
  };
  rows.push(row);
  console.log(` ${row.changes} changes, ${row.errors} errors, ${row.warnings} warnings`);
}

// The action's start-up: the bundle run with no inputs, from spawn to exit (it fails fast without an event).
const actionStart = existsSync(action)
  ? median(Array.from({ length: 5 }, () => timeNode([action], { timeout: 10_000 }).ms))
  : undefined;
const nodeStart = median(Array.from({ length: 5 }, () => timeNode(['-e', '']).ms));

const seconds = (ms) => (ms / 1000).toFixed(2);
const table = [
  [
    'members',
    'clusters',
    'MB',
    'floor s',
    'check s',
    'check/floor',
    'check peak MB',
    ...(hasPlan ? ['plan s', 'plan/floor', 'plan peak MB'] : []),
    'floor peak MB',
  ],
  ...rows.map((r) => [
    r.members.toLocaleString('en-US'),
    r.clusters.toLocaleString('en-US'),
    r.megabytes.toFixed(1),
    seconds(r.floorMs),
    seconds(r.checkMs),
    `${(r.checkMs / r.floorMs).toFixed(2)}x`,
    r.checkMb.toFixed(0),
    ...(hasPlan ? [seconds(r.planMs), `${(r.planMs / r.floorMs).toFixed(2)}x`, r.planMb.toFixed(0)] : []),
    r.floorMb.toFixed(0),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
console.log('');
for (const line of table) console.log(line.map((cell, i) => cell.padStart(widths[i])).join('  '));
console.log(
  `\nnode start (node -e ''): ${nodeStart.toFixed(0)} ms; action start (dist/index.js, no inputs, to exit): ${actionStart === undefined ? 'no dist/index.js' : `${actionStart.toFixed(0)} ms`}`,
);

const at = (members) => rows.find((r) => r.members === members);
const goals = [];
const goal = (text, holds) => goals.push({ text, holds });
const r10 = at(10_000);
const r100 = at(100_000);
if (r10) {
  goal(
    `check of 10,000 within ${GOALS.checkRatio10k}x the floor (${(r10.checkMs / r10.floorMs).toFixed(2)}x)`,
    r10.checkMs <= GOALS.checkRatio10k * r10.floorMs,
  );
  goal(
    `check of 10,000 under ${GOALS.checkSeconds10k} s (${seconds(r10.checkMs)} s)`,
    r10.checkMs < GOALS.checkSeconds10k * 1000,
  );
  if (hasPlan)
    goal(
      `plan of 10,000 under ${GOALS.planSeconds10k} s (${seconds(r10.planMs)} s)`,
      r10.planMs < GOALS.planSeconds10k * 1000,
    );
  else goal('plan of 10,000 under 1 s: not measured, this build has no `rollgate plan`', undefined);
}
if (r10 && r100) {
  goal(
    `check of 100,000 at most ${GOALS.linear100k}x the 10,000 time (${(r100.checkMs / r10.checkMs).toFixed(1)}x)`,
    r100.checkMs <= GOALS.linear100k * r10.checkMs,
  );
  if (hasPlan)
    goal(
      `plan of 100,000 at most ${GOALS.linear100k}x the 10,000 time (${(r100.planMs / r10.planMs).toFixed(1)}x)`,
      r100.planMs <= GOALS.linear100k * r10.planMs,
    );
}
if (r100) {
  const peak = Math.max(r100.checkMb, r100.planMb ?? 0);
  goal(
    `peak memory at 100,000 under ${GOALS.peakMegabytes100k} MB (${peak.toFixed(0)} MB)`,
    peak < GOALS.peakMegabytes100k,
  );
}
if (actionStart !== undefined)
  goal(
    `action starts in under ${GOALS.actionStartMs} ms (${actionStart.toFixed(0)} ms)`,
    actionStart < GOALS.actionStartMs,
  );
console.log('\nGoals:');
for (const g of goals)
  console.log(`  ${g.holds === undefined ? 'n/a ' : g.holds ? 'PASS' : 'FAIL'}  ${g.text}`);

if (values.json) {
  writeFileSync(
    values.json,
    `${JSON.stringify({ machine, hasPlan, rows, nodeStartMs: nodeStart, actionStartMs: actionStart, goals }, null, 2)}\n`,
  );
  console.log(`\nwrote ${values.json}`);
}
