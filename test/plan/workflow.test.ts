// The example rollout workflow: pinned actions, no expressions in scripts, least privilege, one part at a time.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub expressions, written out as the workflow has them
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { matrixChunks } from '../../src/plan/index.js';
import { microcloudUpgrade, planChange, ROOT } from './helpers.js';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  'runs-on'?: unknown;
  environment?: string;
  strategy?: { 'max-parallel'?: number; 'fail-fast'?: boolean; matrix?: string };
  steps: Step[];
}

const text = readFileSync(path.join(ROOT, '.github/workflows/rollout.yml'), 'utf8');
const workflow = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  env: Record<string, string>;
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);
const stageJobs = jobs.filter(([name]) => /^stages\d+$/.test(name));

describe('rollout.yml', () => {
  it('pins every action to a full commit SHA and says which version it is', () => {
    const uses = text.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line));
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

  it('runs each chunk one part at a time in order, failing fast, in the part environment on the cluster runner', () => {
    expect(stageJobs.map(([name]) => name)).toEqual(
      Array.from({ length: Number(workflow.env.MAX_CHUNKS) }, (_, i) => `stages${i + 1}`),
    );
    stageJobs.forEach(([name, job], index) => {
      expect(job.strategy, name).toMatchObject({
        'max-parallel': 1,
        'fail-fast': true,
        matrix: `\${{ fromJSON(needs.plan.outputs.chunk${index + 1}) }}`,
      });
      // An ungated part runs in the plain `rollgate` environment, whose branch rule still applies.
      expect(job.environment).toBe("${{ matrix.environment || 'rollgate' }}");
      expect(job['runs-on']).toBe('${{ matrix.runsOn }}');
      expect(job.needs).toContain(index === 0 ? 'start' : `stages${index}`);
      // The job's environment approved the part: the script's gate is told so, for this part only.
      expect(job.steps.at(-1)?.env).toEqual({
        STAGE: '${{ matrix.stage }}',
        PART: '${{ matrix.part }}',
        ROLLGATE_APPROVED: '${{ matrix.stage }}/${{ matrix.part }}',
      });
    });
  });

  it('reads only matrix fields that matrixChunks writes', async () => {
    const { base, head } = microcloudUpgrade();
    const { plan } = await planChange(base, head);
    const entry = matrixChunks(plan).chunks[0]?.include[0] ?? {};
    for (const field of new Set([...text.matchAll(/\{\{ matrix\.(\w+)/g)].map((m) => m[1] as string)))
      expect(Object.keys(entry)).toContain(field);
  });

  it('moves the rolled-out ref only after every stage job, and not when one failed or was cancelled', () => {
    const record = workflow.jobs.record;
    expect(record?.needs).toEqual(['plan', 'start', ...stageJobs.map(([name]) => name)]);
    expect(record?.if).toBe(
      "${{ !failure() && !cancelled() && github.ref == format('refs/heads/{0}', github.event.repository.default_branch) }}",
    );
    expect(record?.steps[0]?.run).toContain('ROLLED_OUT_REF');
  });
});
