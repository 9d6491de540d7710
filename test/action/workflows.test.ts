// action.yml matches what the code reads and sets; the workflows keep to least privilege, pinned actions,
// and no expression of untrusted text inside a shell script.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const actionYml = parse(read('action.yml')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const actionSources = readdirSync(path.join(root, 'src/action')).map((file) => read(`src/action/${file}`));
const workflowFiles = readdirSync(path.join(root, '.github/workflows')).filter((file) =>
  file.endsWith('.yml'),
);

interface Step {
  uses?: string;
  run?: string;
}

interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: Step[] }>;
}

describe('action.yml', () => {
  it('runs dist/index.js on Node 24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the input helper reads', () => {
    const helper = read('src/action/input-helper.ts');
    const read_ = [...helper.matchAll(/(?:getInput|booleanInput|refInput)\('([a-z-]+)'/g)].map((m) => m[1]);
    expect([...new Set(read_)].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('declares exactly the outputs the action sets', () => {
    const set = actionSources.flatMap((source) =>
      [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]),
    );
    expect([...new Set(set)].sort()).toEqual(Object.keys(actionYml.outputs).sort());
  });

  it.each([
    ['manifest', 'fleet.yaml'],
    ['policies', 'policies'],
    ['mode', 'auto'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
    ['token', '${{ github.token }}'],
    ['comment', 'true'],
    ['fail-on', 'error'],
  ])('defaults %s to %s', (input, value) => {
    expect(actionYml.inputs[input]?.default).toBe(value);
  });
});

describe.each(workflowFiles)('workflow %s', (file) => {
  const text = read(`.github/workflows/${file}`);
  const workflow = parse(text) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

  it('sets permissions at the top, so no job gets the repository default', () => {
    expect(workflow.permissions).toBeDefined();
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    for (const step of steps.filter((s) => s.uses && !s.uses.startsWith('./'))) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`uses: ${step.uses?.replace(/[/.]/g, '\\$&')} # v\\d`));
    }
  });

  it('puts no expression inside a run: script (values go through env)', () => {
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toContain('${{');
  });
});

describe('the fork pattern', () => {
  const check = parse(read('.github/workflows/rollgate.yml')) as Workflow & { name: string };
  const comment = parse(read('.github/workflows/rollgate-comment.yml')) as Workflow & {
    on: { workflow_run: { workflows: string[] } };
  };

  it('triggers the comment workflow on the check workflow by its name', () => {
    expect(comment.on.workflow_run.workflows).toEqual([check.name]);
  });

  it('uploads the report under the name and folder the comment workflow downloads', () => {
    const upload = Object.values(check.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => step.uses?.startsWith('actions/upload-artifact@')) as {
      with: { name: string; path: string };
    };
    const download = Object.values(comment.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => step.uses?.startsWith('actions/download-artifact@')) as {
      with: { name: string; path: string };
    };
    expect(download.with.name).toBe(upload.with.name);
    // In the runner's temp folder, where the action writes and reads it: never the checkout.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
    const folder = '${{ runner.temp }}/rollgate-report';
    expect(upload.with.path.replace(/\/$/, '')).toBe(folder);
    expect(download.with.path).toBe(folder);
  });

  it('never checks out the pull request in the privileged workflow', () => {
    const checkout = Object.values(comment.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses?.startsWith('actions/checkout@')) as Array<{
      with?: Record<string, unknown>;
    }>;
    for (const step of checkout) expect(step.with?.ref).toBeUndefined();
    expect(comment.permissions).toEqual({});
  });
});
