// `npm run bench`: times `rollgate check` and `rollgate plan` as whole processes on generated fleets of one cluster
// (3 members), 1,000, 10,000 and 100,000 members, against two floors measured in the same run, interleaved with
// them: a bare node process (`node -e 0`), and a process that reads the same two manifests already converted to
// JSON and JSON.parses them (the practical floor of any reader). Prints a table and whether the goals hold.
//
//   npm run bench                          all sizes, 11 runs each at one cluster, 5 at 1,000 and 10,000, 3 at 100,000
//   npm run bench -- --sizes 3,10000       some sizes only (3 members make the one-cluster fleet)
//   npm run bench -- --runs 3 --json .bench/results.json
//   npm run bench -- --yaml-floor          also time the older floor: parsing the YAML with the yaml package
//   npm run bench -- --against ../before   also time another build (a directory with bin/ and a built dist/, such as
//                                          a copy of the commit before a change), interleaved: before and after in one run
//
// The fleets and plan outputs go to .bench/ (gitignored). The CLI under test is dist/cli.cjs as built, run through
// bin/rollgate.js, as `npx rollgate` runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_NOW, writeFleetPair } from './gen-fleet.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const bundle = path.join(root, 'dist', 'cli.cjs');
const cli = path.join(root, 'bin', 'rollgate.js');
const action = path.join(root, 'dist', 'index.js');
const jsonFloorScript = path.join(root, 'scripts', 'bench', 'json-floor.mjs');
const yamlFloorScript = path.join(root, 'scripts', 'bench', 'floor.mjs');
// CommonJS and preloaded with --require, so it costs a bare `node -e 0` no ESM loader it would not start anyway.
const preload = path.join(root, 'scripts', 'bench', 'peak-memory.cjs');
const usageFile = path.join(benchDir, 'usage.json');

/** The goals of issue 17 (start-up and cost per member) and those of issue 6 still worth watching. */
const GOALS = {
  oneClusterToNode: 1.5,
  checkToJson10k: 2,
  checkToJson100k: 2.5,
  planToCheck100k: 1.5,
  peakMegabytes100k: 256,
  checkSeconds10k: 1.5,
  planSeconds10k: 1,
  linear100k: 12,
  actionStartMs: 200,
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '3,1000,10000,100000' },
    runs: { type: 'string' },
    json: { type: 'string' },
    'yaml-floor': { type: 'boolean', default: false },
    against: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  fail(`--sizes ${values.sizes} is not a list of member counts.`);
if (values.runs !== undefined && !(Number(values.runs) >= 1)) fail(`--runs ${values.runs} is not a count.`);
const runsFor = (members) =>
  values.runs ? Number(values.runs) : members >= 100_000 ? 3 : members >= 1000 ? 5 : 11;
const yamlFloor = values['yaml-floor'];
const againstCli = values.against ? path.resolve(values.against, 'bin', 'rollgate.js') : undefined;
// A build before dist/cli.cjs had dist/cli.js.
if (
  againstCli &&
  !['cli.cjs', 'cli.js'].some((file) => existsSync(path.resolve(values.against, 'dist', file)))
)
  fail(`--against ${values.against} has no bin/rollgate.js with a built dist/cli.cjs (or dist/cli.js).`);

if (!existsSync(bundle)) {
  console.log('dist/cli.cjs is missing; building it first (npm run build).');
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
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd: root,
    env: { ...cleanEnv(), ROLLGATE_BENCH_USAGE_FILE: usageFile },
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
console.log(`timing dist/cli.cjs (built ${statSync(bundle).mtime.toISOString()})`);
const loadAtStart = os.loadavg();
console.log(`load average at start: ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}\n`);

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
  const planArgs = [
    cli,
    'plan',
    '--base',
    fleet.base,
    '--head',
    fleet.head,
    '--out',
    outDir,
    '--now',
    BENCH_NOW,
    '--force',
    // Members are reached over ssh, as in production: without a transport rollgate plan refuses clusters of several.
    '--transport',
    'ssh {member}',
  ];
  const samples = { node: [], json: [], yaml: [], check: [], plan: [], checkBefore: [], planBefore: [] };
  let outcome;
  process.stdout.write(
    `${members.toLocaleString('en-US')} members (${fleet.clusters.toLocaleString('en-US')} cluster${fleet.clusters === 1 ? '' : 's'}, ${(fleet.bytes / 1e6).toFixed(1)} MB of YAML): `,
  );
  // Interleave them all, so a slow moment of the machine hits each alike.
  for (let run = 0; run < runs; run++) {
    const bare = timeNode(['-e', '0']);
    if (bare.status !== 0) fail(`node -e 0 exited ${bare.status}: ${bare.stderr.trim()}`);
    samples.node.push(bare);
    const json = timeNode([jsonFloorScript, fleet.baseJson, fleet.headJson]);
    if (json.status !== 0) fail(`the JSON floor failed: ${json.stderr.trim()}`);
    samples.json.push(json);
    if (yamlFloor) {
      const yaml = timeNode([yamlFloorScript, fleet.base, fleet.head]);
      if (yaml.status !== 0) fail(`the YAML floor failed: ${yaml.stderr.trim()}`);
      samples.yaml.push(yaml);
    }
    const checked = timeNode(checkArgs);
    if (checked.status !== 0 && checked.status !== 1) {
      fail(`rollgate check exited ${checked.status}: ${checked.stderr.trim()}`);
    }
    samples.check.push(checked);
    if (run === 0) outcome = JSON.parse(checked.stdout);
    rmSync(outDir, { recursive: true, force: true });
    const planned = timeNode(planArgs);
    if (planned.status !== 0)
      fail(`rollgate plan exited ${planned.status}: ${planned.stderr.trim().slice(-500)}`);
    samples.plan.push(planned);
    if (againstCli) {
      const checkedBefore = timeNode([againstCli, ...checkArgs.slice(1)]);
      if (checkedBefore.status !== 0 && checkedBefore.status !== 1)
        fail(`--against: rollgate check exited ${checkedBefore.status}: ${checkedBefore.stderr.trim()}`);
      samples.checkBefore.push(checkedBefore);
      rmSync(outDir, { recursive: true, force: true });
      const plannedBefore = timeNode([againstCli, ...planArgs.slice(1)]);
      if (plannedBefore.status !== 0)
        fail(
          `--against: rollgate plan exited ${plannedBefore.status}: ${plannedBefore.stderr.trim().slice(-500)}`,
        );
      samples.planBefore.push(plannedBefore);
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
    jsonMegabytes: fleet.jsonBytes / 1e6,
    runs,
    changes: outcome.changes.length,
    errors: outcome.summary.errors,
    warnings: outcome.summary.warnings,
    loadAverage: os.loadavg()[0],
    node: summary(samples.node),
    json: summary(samples.json),
    ...(yamlFloor ? { yaml: summary(samples.yaml) } : {}),
    check: summary(samples.check),
    plan: summary(samples.plan),
    ...(againstCli
      ? { checkBefore: summary(samples.checkBefore), planBefore: summary(samples.planBefore) }
      : {}),
  };
  rows.push(row);
  console.log(
    ` ${row.changes} changes, ${row.errors} errors, ${row.warnings} warnings; load average ${row.loadAverage.toFixed(2)}`,
  );
}

// The action's start-up: the bundle run with no inputs, from spawn to exit (it fails fast without an event).
const actionStart = existsSync(action)
  ? median(Array.from({ length: 5 }, () => timeNode([action], { timeout: 10_000 }).ms))
  : undefined;

const seconds = (ms) => (ms / 1000).toFixed(2);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const columns = [
  ['members', (r) => r.members.toLocaleString('en-US')],
  ['clusters', (r) => r.clusters.toLocaleString('en-US')],
  ['MB', (r) => r.megabytes.toFixed(1)],
  ['node s', (r) => seconds(r.node.ms)],
  ['JSON s', (r) => seconds(r.json.ms)],
  ...(yamlFloor ? [['YAML s', (r) => seconds(r.yaml.ms)]] : []),
  ['check s', (r) => seconds(r.check.ms)],
  ['check/node', (r) => ratio(r.check.ms, r.node.ms)],
  ['check/JSON', (r) => ratio(r.check.ms, r.json.ms)],
  ...(yamlFloor ? [['check/YAML', (r) => ratio(r.check.ms, r.yaml.ms)]] : []),
  ['plan s', (r) => seconds(r.plan.ms)],
  ['plan/check', (r) => ratio(r.plan.ms, r.check.ms)],
  ...(againstCli
    ? [
        ['check s before', (r) => seconds(r.checkBefore.ms)],
        ['plan s before', (r) => seconds(r.planBefore.ms)],
      ]
    : []),
  ['JSON cpu s', (r) => seconds(r.json.cpuMs)],
  ['check cpu s', (r) => seconds(r.check.cpuMs)],
  ['plan cpu s', (r) => seconds(r.plan.cpuMs)],
  ...(againstCli
    ? [
        ['check cpu before', (r) => seconds(r.checkBefore.cpuMs)],
        ['plan cpu before', (r) => seconds(r.planBefore.cpuMs)],
      ]
    : []),
  ['JSON MB', (r) => r.json.megabytes.toFixed(0)],
  ...(yamlFloor ? [['YAML MB', (r) => r.yaml.megabytes.toFixed(0)]] : []),
  ['check MB', (r) => r.check.megabytes.toFixed(0)],
  ['plan MB', (r) => r.plan.megabytes.toFixed(0)],
  ...(againstCli
    ? [
        ['check MB before', (r) => r.checkBefore.megabytes.toFixed(0)],
        ['plan MB before', (r) => r.planBefore.megabytes.toFixed(0)],
      ]
    : []),
];
const table = [columns.map(([title]) => title), ...rows.map((r) => columns.map(([, cell]) => cell(r)))];
const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
console.log('');
for (const line of table) console.log(line.map((cell, i) => cell.padStart(widths[i])).join('  '));
console.log(
  '\ns: median wall time of a whole process, spawn to exit; cpu s: its user+system CPU (GC threads included);' +
    '\nMB: peak resident memory. node: `node -e 0`; JSON: reading both manifests as JSON and JSON.parsing them' +
    (yamlFloor ? ';\nYAML: parsing both with the yaml package.' : '.') +
    (againstCli ? `\nbefore: the build in ${values.against}, timed in the same runs.` : ''),
);
if (actionStart !== undefined)
  console.log(`action start (dist/index.js, no inputs, to exit): ${actionStart.toFixed(0)} ms`);
const loadAtEnd = os.loadavg();
console.log(`load average at end: ${loadAtEnd.map((l) => l.toFixed(2)).join(' ')} on ${machine.cores} cores`);
if (loadAtEnd[0] > machine.cores) {
  console.log(
    'note: other work skews the wall times; compare the ratios within this run, and the CPU columns.',
  );
}

const oneCluster = rows.find((r) => r.clusters === 1);
const at = (members) => rows.find((r) => r.members === members);
const r10 = at(10_000);
const r100 = at(100_000);
const goals = [];
const goal = (issue, text, holds) => goals.push({ issue, text, holds });
if (oneCluster)
  goal(
    17,
    `one-cluster check within ${GOALS.oneClusterToNode}x a bare node process (${ratio(oneCluster.check.ms, oneCluster.node.ms)}: ${seconds(oneCluster.check.ms)} s against ${seconds(oneCluster.node.ms)} s)`,
    oneCluster.check.ms <= GOALS.oneClusterToNode * oneCluster.node.ms,
  );
if (r10)
  goal(
    17,
    `check of 10,000 within ${GOALS.checkToJson10k}x the JSON floor (${ratio(r10.check.ms, r10.json.ms)})`,
    r10.check.ms <= GOALS.checkToJson10k * r10.json.ms,
  );
if (r100) {
  goal(
    17,
    `check of 100,000 within ${GOALS.checkToJson100k}x the JSON floor (${ratio(r100.check.ms, r100.json.ms)})`,
    r100.check.ms <= GOALS.checkToJson100k * r100.json.ms,
  );
  goal(
    17,
    `plan of 100,000 within ${GOALS.planToCheck100k}x its check (${ratio(r100.plan.ms, r100.check.ms)})`,
    r100.plan.ms <= GOALS.planToCheck100k * r100.check.ms,
  );
  for (const command of ['check', 'plan']) {
    const peak = r100[command].megabytes;
    goal(
      17,
      `peak memory of ${command} at 100,000 under ${GOALS.peakMegabytes100k} MB (${peak.toFixed(0)} MB)`,
      peak < GOALS.peakMegabytes100k,
    );
  }
}
if (r10) {
  goal(
    6,
    `check of 10,000 under ${GOALS.checkSeconds10k} s (${seconds(r10.check.ms)} s)`,
    r10.check.ms < GOALS.checkSeconds10k * 1000,
  );
  goal(
    6,
    `plan of 10,000 under ${GOALS.planSeconds10k} s (${seconds(r10.plan.ms)} s)`,
    r10.plan.ms < GOALS.planSeconds10k * 1000,
  );
}
if (r10 && r100) {
  for (const command of ['check', 'plan'])
    goal(
      6,
      `${command} of 100,000 at most ${GOALS.linear100k}x the 10,000 time (${(r100[command].ms / r10[command].ms).toFixed(1)}x)`,
      r100[command].ms <= GOALS.linear100k * r10[command].ms,
    );
}
if (actionStart !== undefined)
  goal(
    6,
    `action starts in under ${GOALS.actionStartMs} ms (${actionStart.toFixed(0)} ms)`,
    actionStart < GOALS.actionStartMs,
  );
const missing = [
  ...(oneCluster ? [] : ['3 (one cluster)']),
  ...(r10 ? [] : ['10000']),
  ...(r100 ? [] : ['100000']),
];
console.log('\nGoals (medians of this run):');
for (const g of goals) console.log(`  ${g.holds ? 'PASS' : 'FAIL'}  issue ${g.issue}: ${g.text}`);
if (missing.length > 0)
  console.log(`  (not judged: the goals at ${missing.join(', ')} members need those sizes in --sizes)`);

if (values.json) {
  writeFileSync(
    values.json,
    `${JSON.stringify({ machine, loadAverage: { start: loadAtStart, end: loadAtEnd }, rows, actionStartMs: actionStart, goals }, null, 2)}\n`,
  );
  console.log(`\nwrote ${values.json}`);
}
