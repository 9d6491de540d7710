// The plan graph on GitHub Actions: a plan of 10,000 stages mapped onto rollout.yml and rollout-wave.yml as GitHub
// would run them (the workflows' own jq, matrices, max-parallel and timeouts), and the failure budget, by running the
// budget and verdict steps' scripts against recorded failures.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkStages } from '../../src/plan/graph.js';
import {
  type ClusterChunk,
  clusterChunks,
  JOB_SECONDS_LIMIT,
  RUN_SECONDS_LIMIT,
} from '../../src/plan/lanes.js';
import { GITHUB_MATRIX_LIMIT } from '../../src/plan/matrix.js';
import type { Stage } from '../../src/plan/types.js';
import { microcloudUpgrade, planChange, ROOT, tempDir } from './helpers.js';

interface Job {
  env?: Record<string, string>;
  strategy?: { 'max-parallel'?: number | string; 'fail-fast'?: boolean };
  'timeout-minutes'?: number;
  steps?: Array<{ id?: string; name?: string; run?: string }>;
}
const read = (file: string) => readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8');
const rollout = parse(read('rollout.yml')) as { env: Record<string, string>; jobs: Record<string, Job> };
const wave = parse(read('rollout-wave.yml')) as { jobs: Record<string, Job> };
const script = (job: Job | undefined, id: string) => {
  const step = job?.steps?.find((s) => s.id === id);
  if (!step?.run) throw new Error(`no step ${id}`);
  return step.run;
};

/** 2,500 clusters of the MicroCloud 1 -> 2 upgrade (4 stages each): 100 in staging, 2,400 in production; every 100th waits for approval after its first member. */
async function tenThousandStages(): Promise<Stage[]> {
  const { base, head } = microcloudUpgrade();
  const { plan } = await planChange(base, head);
  const stages: Stage[] = [];
  for (let c = 1; c <= 2500; c++) {
    const cluster = `c${c}`;
    for (const stage of plan.stages) {
      const id = `${String(stages.length + 1).padStart(5, '0')}-${cluster}-${stage.component}`;
      let parts = stage.parts;
      if (c % 100 === 0 && stage.component === 'microceph')
        parts = [
          { part: 1, members: ['lab-1'], approval: false, reason: null },
          { part: 2, members: ['lab-2', 'lab-3'], approval: true, reason: 'lab-1 is done' },
        ];
      stages.push({ ...stage, id, cluster, wave: c <= 100 ? 'staging' : 'production', parts, needs: [] });
    }
  }
  return stages;
}

// The graph's least time (58 rounds of 4,980 s: 3.34 days), plus one extra job round per wave for the rest of the
// gated clusters after their approval (microovn, lxd, microcloud: 2,760 s): 3.41 days, far inside a run's 35.
const CLOCK = 58 * 4980 + 2 * 2760;

describe('a plan of 10,000 stages on rollout.yml', () => {
  it('runs as matrices inside GitHub limits, in order, in 3.4 days', async () => {
    const stages = await tenThousandStages();
    expect(stages).toHaveLength(10_000);
    const schedule = linkStages(stages, {
      rollout: { parallel: 50, maxFailures: 2, waves: { staging: { parallel: 10, maxFailures: 0 } } },
    });
    // staging: 10 rounds of 10 clusters; production: 48 of 50; 4 stages a cluster.
    expect(schedule.criticalPath).toBe((10 + 48) * 4);
    const dir = tempDir('graph-workflow');
    writeFileSync(
      path.join(dir, 'matrix.json'),
      JSON.stringify({ clusterChunks: clusterChunks({ stages, schedule }) }),
    );

    // rollout.yml's plan step: the chunks its `waves` job runs, one after another.
    const planStep = script(rollout.jobs.plan, 'plan');
    const filter = /chunks=\$\(jq -c '([^']+)' rollgate-plan\/matrix\.json\)/.exec(planStep)?.[1] as string;
    const jq = (args: string[]) => {
      const out = spawnSync('jq', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(out.stderr).toBe('');
      return JSON.parse(out.stdout);
    };
    const chunks = jq(['-c', filter, 'matrix.json']) as Array<
      Omit<ClusterChunk, 'include'> & { jobs: number }
    >;
    expect(chunks.length).toBeLessThanOrEqual(Number(rollout.env.MAX_CHUNKS));
    expect(Number(rollout.env.MAX_CHUNKS)).toBe(GITHUB_MATRIX_LIMIT);
    expect(rollout.jobs.waves?.strategy).toMatchObject({ 'max-parallel': 1, 'fail-fast': true });
    const load = script(wave.jobs.load, 'load');
    const loadFilter = /jq -c --argjson i "\$CHUNK" '([^']+)'/.exec(load)?.[1] as string;
    const timeout = (wave.jobs.clusters?.['timeout-minutes'] ?? 0) * 60;
    expect(timeout).toBe(JOB_SECONDS_LIMIT);

    // GitHub's scheduling: a chunk's jobs start in matrix order, at most max-parallel at once; chunks one by one.
    const ends = new Map<string, number>();
    const starts = new Map<string, number>();
    const estimate = new Map(stages.map((stage) => [stage.id, stage.estimate ?? 0]));
    let clock = 0;
    let jobs = 0;
    for (const chunk of chunks) {
      const { include } = jq([
        '-c',
        '--argjson',
        'i',
        String(chunk.chunk),
        loadFilter,
        'matrix.json',
      ]) as Pick<ClusterChunk, 'include'>;
      expect(include.length).toBe(chunk.jobs);
      expect(include.length).toBeLessThanOrEqual(GITHUB_MATRIX_LIMIT);
      expect(chunk.parallel).toBeLessThanOrEqual(GITHUB_MATRIX_LIMIT);
      jobs += include.length + 2; // the chunk's cluster jobs, its load and its verdict
      const slots: number[] = Array.from({ length: chunk.parallel }, () => clock);
      expect(include.filter((job) => job.estimate > timeout)).toEqual([]);
      for (const job of include) {
        slots.sort((a, b) => a - b);
        let at = slots[0] as number;
        for (const item of job.runs.split(' ')) {
          const stage = item.slice(0, item.lastIndexOf('/'));
          if (!starts.has(stage)) {
            starts.set(stage, at);
            at += estimate.get(stage) ?? 0;
          }
          ends.set(stage, at);
        }
        slots[0] = at;
      }
      clock = Math.max(...slots);
    }
    // Every stage runs; each after the one before it in its cluster, and each wave after every stage of the one before.
    // (Across clusters of a wave a job takes the first free slot, so it starts no later than its lane in `needs` says.)
    expect(ends.size).toBe(10_000);
    let stagingEnd = 0;
    const early: string[] = [];
    stages.forEach((stage, index) => {
      const before = stages[index - 1];
      const start = starts.get(stage.id) as number;
      if (before?.cluster === stage.cluster && start < (ends.get(before.id) as number)) early.push(stage.id);
      if (stage.wave === 'staging') stagingEnd = Math.max(stagingEnd, ends.get(stage.id) as number);
      else if (start < stagingEnd) early.push(stage.id);
    });
    expect(early).toEqual([]);
    // 25 gated clusters take a second job each, in the chunk after their wave's first: the lanes drain once more.
    expect(chunks.map((chunk) => `${chunk.wave}:${chunk.jobs}`)).toEqual([
      'staging:100',
      'staging:1',
      ...Array.from({ length: 9 }, () => 'production:250'),
      'production:150',
      'production:24',
    ]);
    expect(jobs).toBe(2525 + 2 * 13);
    expect(clock).toBeLessThanOrEqual(RUN_SECONDS_LIMIT);
    expect(schedule.leastSeconds).toBe(58 * 4980);
    expect(clock).toBe(CLOCK);
  });
});

describe("the wave's failure budget, as rollout-wave.yml's scripts count it", () => {
  const dir = tempDir('budget');
  const fakeGh = path.join(dir, 'gh');
  // The GitHub CLI as the scripts call it: the run's artifact names, one a line, as recorded so far.
  writeFileSync(
    fakeGh,
    '#!/usr/bin/env bash\ncase "$*" in *"actions/runs/$GITHUB_RUN_ID/artifacts"*) cat "$ARTIFACTS" ;; *) exit 9 ;; esac\n',
  );
  chmodSync(fakeGh, 0o755);
  const artifacts = path.join(dir, 'artifacts.txt');
  const run = (text: string, env: Record<string, string>) => {
    const output = path.join(dir, 'output.txt');
    writeFileSync(output, '');
    // A plain bash, as a runner's step shell: no startup files, the fake gh first on a short PATH.
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', text], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: `${dir}:/usr/bin:/bin`,
        ARTIFACTS: artifacts,
        GITHUB_REPOSITORY: 'o/fleet',
        GITHUB_RUN_ID: '7',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
        ...env,
      },
    });
    return { status: result.status, out: result.stdout, output: readFileSync(output, 'utf8') };
  };
  const budget = script(wave.jobs.clusters, 'budget');
  const verdict = wave.jobs.verdict?.steps?.find((s) => s.name === "Count the wave's failed clusters")
    ?.run as string;

  /** Runs the wave's clusters one after another: each starts only if the budget step says go; `fails` fail. */
  function runWave(clusters: string[], fails: string[], maxFailures: number) {
    writeFileSync(artifacts, 'rollgate-plan\nrollgate-failed.staging.s1\n');
    const started: string[] = [];
    for (const cluster of clusters) {
      const check = run(budget, { WAVE: 'production', CLUSTER: cluster, MAX_FAILURES: String(maxFailures) });
      expect(check.status).toBe(0);
      if (check.output !== 'go=true\n') continue;
      started.push(cluster);
      // The job's last steps upload the marker when the cluster's parts failed.
      if (fails.includes(cluster))
        writeFileSync(artifacts, `${readFileSync(artifacts, 'utf8')}rollgate-failed.production.${cluster}\n`);
    }
    const end = run(verdict, { WAVE: 'production', MAX_FAILURES: String(maxFailures), CLUSTERS: 'success' });
    return { started, passed: end.status === 0, out: end.out };
  }

  const clusters = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
  it('goes on past two failed clusters with maxFailures: 2, and starts none after the third', () => {
    const wave = runWave(clusters, ['p2', 'p3', 'p5'], 2);
    expect(wave.started).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(wave.passed).toBe(false);
  });

  it('finishes the wave with two failed clusters and names them for the next rollout', () => {
    const wave = runWave(clusters, ['p2', 'p3'], 2);
    expect(wave.started).toEqual(clusters);
    expect(wave.passed).toBe(true);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain(
      'Failed clusters of wave production, for the next rollout: p2 p3',
    );
  });

  it('stops at the first failure by default, counting only its own wave', () => {
    const wave = runWave(clusters, ['p3'], 0);
    expect(wave.started).toEqual(['p1', 'p2', 'p3']);
    expect(wave.passed).toBe(false);
  });

  it('does not go on with a cluster that failed in an earlier job (after its approval gate)', () => {
    writeFileSync(artifacts, 'rollgate-failed.production.p2\n');
    const check = run(budget, { WAVE: 'production', CLUSTER: 'p2', MAX_FAILURES: '5' });
    expect(check.output).toBe('go=false\n');
  });
});
