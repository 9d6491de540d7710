// The example rollout workflow: pinned actions, no expressions in scripts, least privilege, one part at a time.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub expressions, written out as the workflow has them
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clusterChunks } from '../../src/plan/lanes.js';
import { microcloudUpgrade, planChange, ROOT } from './helpers.js';

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  'runs-on'?: unknown;
  environment?: string;
  strategy?: { 'max-parallel'?: number | string; 'fail-fast'?: boolean; matrix?: unknown };
  uses?: string;
  with?: Record<string, string>;
  'continue-on-error'?: boolean;
  'timeout-minutes'?: number;
  steps?: Step[];
}

const main = readFileSync(path.join(ROOT, '.github/workflows/rollout.yml'), 'utf8');
const waveText = readFileSync(path.join(ROOT, '.github/workflows/rollout-wave.yml'), 'utf8');
// Both files, for what holds of every line and step: rollout.yml calls rollout-wave.yml for each matrix of clusters.
const text = `${main}\n${waveText}`;
const workflow = parse(main) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  env: Record<string, string>;
  jobs: Record<string, Job>;
};
const wave = parse(waveText) as { permissions: Record<string, string>; jobs: Record<string, Job> };
const jobs = [...Object.entries(workflow.jobs), ...Object.entries(wave.jobs)];
const steps = jobs.flatMap(([, job]) => job.steps ?? []);

describe('rollout.yml', () => {
  it('pins every action to a full commit SHA and says which version it is', () => {
    const uses = text
      .split('\n')
      .filter((line) => /^\s*-?\s*uses:/.test(line) && !line.includes('./.github/'));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('puts no ${{ }} expression inside a script: values reach run: through env:', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('has scripts bash can parse', () => {
    for (const step of steps.filter((s) => s.run)) {
      const check = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    }
  });

  it('grants no scope at the top, and contents: write only to the jobs that move the rollgate refs', () => {
    expect(workflow.permissions).toEqual({});
    expect(wave.permissions).toEqual({});
    for (const [name, job] of jobs) {
      expect(job.permissions, name).toBeDefined();
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      expect(writes.map(([scope]) => `${name}:${scope}`)).toEqual(
        ['start', 'record'].includes(name) ? [`${name}:contents`] : [],
      );
    }
  });

  it('never runs two rollouts of the fleet at once, and never cancels one that is running', () => {
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    expect(workflow.concurrency.group).not.toContain('${{');
  });

  it('plans on a push to main', () => {
    expect(workflow.on.push).toMatchObject({ branches: ['main'] });
  });

  it('runs the matrices of cluster jobs one after another, each in the wave workflow, stopping at a failed one', () => {
    const waves = workflow.jobs.waves;
    expect(waves?.uses).toBe('./.github/workflows/rollout-wave.yml');
    expect(waves?.strategy).toMatchObject({ 'max-parallel': 1, 'fail-fast': true });
    expect(waves?.needs).toEqual(['plan', 'start']);
    const clusters = wave.jobs.clusters;
    // A cluster job runs in its environment on its cluster's runner, `parallel` at a time, and fails only itself.
    expect(clusters?.strategy).toMatchObject({
      'max-parallel': '${{ inputs.parallel }}',
      'fail-fast': false,
      matrix: '${{ fromJSON(needs.load.outputs.matrix) }}',
    });
    expect(clusters?.['continue-on-error']).toBe(true);
    expect(clusters?.environment).toBe('${{ matrix.environment }}');
    expect(clusters?.['runs-on']).toBe('${{ matrix.runsOn }}');
    // The job's environment approved the part it starts with: the script's gate is told so, for that part only.
    // Its scripts' progress records go to a file of the cluster and chunk, uploaded whatever the outcome.
    expect(clusters?.steps?.find((step) => step.env?.RUNS)?.env).toEqual({
      RUNS: '${{ matrix.runs }}',
      ROLLGATE_APPROVED: '${{ matrix.approved }}',
      ROLLGATE_PROGRESS:
        '${{ runner.temp }}/rollgate-progress/${{ matrix.cluster }}.${{ inputs.chunk }}.jsonl',
    });
    const upload = clusters?.steps?.find((step) => String(step.with?.name).startsWith('rollgate-progress.'));
    expect(upload?.if).toBe("always() && steps.budget.outputs.go == 'true'");
    expect(wave.jobs.verdict?.needs).toBe('clusters');
    // The verdict's summary shows where the whole rollout stands, from every progress file of the run so far.
    const status = wave.jobs.verdict?.steps?.find((step) => step.name === 'Show where the rollout stands');
    expect(status?.run).toMatch(
      /rollgate\.js status --plan rollgate-plan .*--format markdown >> "\$GITHUB_STEP_SUMMARY"/,
    );
  });

  it('reads only matrix fields that clusterChunks writes', async () => {
    const { base, head } = microcloudUpgrade();
    const { plan } = await planChange(base, head);
    const [chunk] = clusterChunks(plan);
    const fields = (yaml: string) =>
      new Set([...yaml.matchAll(/\{\{ matrix\.(\w+)/g)].map((m) => m[1] as string));
    // rollout-wave.yml's matrix is a chunk's cluster jobs; rollout.yml's, what its plan step keeps of each chunk.
    for (const field of fields(waveText)) expect(Object.keys(chunk?.include[0] ?? {})).toContain(field);
    for (const field of fields(main)) expect(Object.keys(chunk ?? {})).toContain(field);
    expect(main).toContain(
      "'[.clusterChunks[] | {chunk, wave, parallel, maxFailures, jobs: (.include | length)}]'",
    );
  });

  it('moves the rolled-out ref only after every stage job, and not when one failed or was cancelled', () => {
    const record = workflow.jobs.record;
    expect(record?.needs).toEqual(['plan', 'start', 'waves']);
    expect(record?.if).toBe(
      "${{ !failure() && !cancelled() && github.ref == format('refs/heads/{0}', github.event.repository.default_branch) }}",
    );
    expect(record?.steps?.[0]?.run).toContain('ROLLED_OUT_REF');
    // Clusters that failed inside their wave's budget leave the rollout unfinished, for the next one.
    expect(record?.steps?.[0]?.run).toContain('rollgate-failed.');
  });
});
