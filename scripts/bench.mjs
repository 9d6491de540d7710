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
const usageFile = path.join(benchDir, 'usage.json');

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

/** Runs a node process and returns its wall and CPU time in ms, its peak memory in MB, its exit code and output. */
function timeNode(args, options = {}) {
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: root,
    env: { ...(options.env ?? cleanEnv()), ROLLGATE_BENCH_USAGE_FILE: usageFile },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    timeout: options.timeout ?? 600_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = existsSync(usageFile)
    ? JSON.parse(readFileSync(usageFile, 'utf8'))
    : { maxRssKiB: Number.NaN, cpuMicroseconds: Number.NaN };
  return {
    ms,
    cpuMs: usage.cpuMicroseconds / 1000,
    megabytes: usage.maxRssKiB / 1024,
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
  // The generated head has findings on purpose; --force plans it anyway, as a planner has the same work either way.
  const planFlags = [
    ...(/--now\b/.test(planHelp) ? ['--now', BENCH_NOW] : []),
    ...(/--force\b/.test(planHelp) ? ['--force'] : []),
  ];
  const planArgs = [cli, 'plan', '--base', fleet.base, '--head', fleet.head, '--out', outDir, ...planFlags];
  const samples = { floor: [], check: [], plan: [] };
  let outcome;
  process.stdout.write(
    `${members} members (${fleet.clusters} clusters, ${(fleet.bytes / 1e6).toFixed(1)} MB): `,
  );
  // Interleave the three, so a slow moment of the machine hits them alike.
  for (let run = 0; run < runs; run++) {
    const floor = timeNode([floorScript, fleet.base, fleet.head]);
    if (floor.status !== 0) fail(`the floor process failed: ${floor.stderr.trim()}`);
    samples.floor.push(floor);
    const checked = timeNode(checkArgs);
    if (checked.status !== 0 && checked.status !== 1) {
      fail(`rollgate check exited ${checked.status}: ${checked.stderr.trim()}`);
    }
    samples.check.push(checked);
    if (run === 0) outcome = JSON.parse(checked.stdout);
    if (hasPlan) {
      rmSync(outDir, { recursive: true, force: true });
      const planned = timeNode(planArgs);
      if (planned.status !== 0)
        fail(`rollgate plan exited ${planned.status}: ${planned.stderr.trim().slice(-500)}`);
      samples.plan.push(planned);
    }
    process.stdout.write('.');
  }
  const summary = (list) => ({
    ms: median(list.map((sample) => sample.ms)),
    cpuMs: median(list.map((sample) => sample.cpuMs)),
    megabytes: Math.max(...list.map((sample) => sample.megabytes)),
  });
  const row = {
    members,
    clusters: fleet.clusters,
    megabytes: fleet.bytes / 1e6,
    runs,
    changes: outcome.changes.length,
    errors: outcome.summary.errors,
    warnings: outcome.summary.warnings,
    floor: summary(samples.floor),
    check: summary(samples.check),
    ...(hasPlan ? { plan: summary(samples.plan) } : {}),
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
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const table = [
  [
    'members',
    'clusters',
    'MB',
    'floor s',
    'check s',
    'check/floor',
    ...(hasPlan ? ['plan s', 'plan/floor'] : []),
    'floor cpu s',
    'check cpu s',
    ...(hasPlan ? ['plan cpu s'] : []),
    'floor MB',
    'check MB',
    ...(hasPlan ? ['plan MB'] : []),
  ],
  ...rows.map((r) => [
    r.members.toLocaleString('en-US'),
    r.clusters.toLocaleString('en-US'),
    r.megabytes.toFixed(1),
    seconds(r.floor.ms),
    seconds(r.check.ms),
    ratio(r.check.ms, r.floor.ms),
    ...(hasPlan ? [seconds(r.plan.ms), ratio(r.plan.ms, r.floor.ms)] : []),
    seconds(r.floor.cpuMs),
    seconds(r.check.cpuMs),
    ...(hasPlan ? [seconds(r.plan.cpuMs)] : []),
    r.floor.megabytes.toFixed(0),
    r.check.megabytes.toFixed(0),
    ...(hasPlan ? [r.plan.megabytes.toFixed(0)] : []),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
console.log('');
for (const line of table) console.log(line.map((cell, i) => cell.padStart(widths[i])).join('  '));
console.log(
  '\ns: median wall time of a whole process; cpu s: its user+system CPU (GC threads included); MB: peak resident memory.',
);
console.log(
  `node start (node -e ''): ${nodeStart.toFixed(0)} ms; action start (dist/index.js, no inputs, to exit): ${actionStart === undefined ? 'no dist/index.js' : `${actionStart.toFixed(0)} ms`}`,
);
const load = os.loadavg()[0];
if (load > machine.cores) {
  console.log(
    `note: the load average is ${load.toFixed(1)} on ${machine.cores} cores; other work skews the wall times.`,
  );
}

const at = (members) => rows.find((r) => r.members === members);
const goals = [];
const goal = (text, holds) => goals.push({ text, holds });
const r10 = at(10_000);
const r100 = at(100_000);
if (r10) {
  goal(
    `check of 10,000 within ${GOALS.checkRatio10k}x the floor (${(r10.check.ms / r10.floor.ms).toFixed(2)}x)`,
    r10.check.ms <= GOALS.checkRatio10k * r10.floor.ms,
  );
  goal(
    `check of 10,000 under ${GOALS.checkSeconds10k} s (${seconds(r10.check.ms)} s)`,
    r10.check.ms < GOALS.checkSeconds10k * 1000,
  );
  if (hasPlan)
    goal(
      `plan of 10,000 under ${GOALS.planSeconds10k} s (${seconds(r10.plan.ms)} s)`,
      r10.plan.ms < GOALS.planSeconds10k * 1000,
    );
  else goal('plan of 10,000 under 1 s: not measured, this build has no `rollgate plan`', undefined);
}
if (r10 && r100) {
  goal(
    `check of 100,000 at most ${GOALS.linear100k}x the 10,000 time (${(r100.check.ms / r10.check.ms).toFixed(1)}x)`,
    r100.check.ms <= GOALS.linear100k * r10.check.ms,
  );
  if (hasPlan)
    goal(
      `plan of 100,000 at most ${GOALS.linear100k}x the 10,000 time (${(r100.plan.ms / r10.plan.ms).toFixed(1)}x)`,
      r100.plan.ms <= GOALS.linear100k * r10.plan.ms,
    );
}
if (r100) {
  for (const command of hasPlan ? ['check', 'plan'] : ['check']) {
    const peak = r100[command].megabytes;
    goal(
      `peak memory of ${command} at 100,000 under ${GOALS.peakMegabytes100k} MB (${peak.toFixed(0)} MB)`,
      peak < GOALS.peakMegabytes100k,
    );
  }
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
    `${JSON.stringify({ machine, loadAverage: os.loadavg(), hasPlan, rows, nodeStartMs: nodeStart, actionStartMs: actionStart, goals }, null, 2)}\n`,
  );
  console.log(`\nwrote ${values.json}`);
}
