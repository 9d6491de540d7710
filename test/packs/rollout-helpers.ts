// Running a shipped pack's generated job scripts against the fake members (test/fakes), stage by stage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPlan, type PlanBundle } from '../../src/plan/index.js';
import type { FakeMembers } from '../fakes/members.js';
import { judgeText } from './pack-helpers.js';

/** The plan of a change (head against base), through `ssh {member}`, with its job scripts written to a folder. */
export async function planOf(head: string, base: string): Promise<PlanBundle & { dir: string }> {
  const result = await judgeText(head, base);
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((f) => f.message).join('\n'));
  const bundle = buildPlan({ result, transport: 'ssh {member}' });
  const dir = mkdtempSync(path.join(tmpdir(), 'rollgate-pack-jobs-'));
  for (const [id, text] of Object.entries(bundle.jobs)) writeFileSync(path.join(dir, `${id}.sh`), text);
  return { ...bundle, dir };
}

/**
 * Runs one stage's script (all parts) on the runner with the fakes, every approval given (ROLLGATE_APPROVED=all, as
 * an operator who approved each part; the gates themselves are tested in test/plan/gates.test.ts); its exit status
 * and what it said.
 */
export function runStage(
  fleet: FakeMembers,
  dir: string,
  id: string,
): { status: number | null; stderr: string } {
  const run = spawnSync('bash', [path.join(dir, `${id}.sh`)], {
    env: { ...fleet.env, ROLLGATE_APPROVED: 'all' },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

/** Runs the forward stages in order until one fails; the ids run and the last result. */
export function runAll(
  fleet: FakeMembers,
  bundle: PlanBundle & { dir: string },
): { ran: string[]; failed: { id: string; stderr: string } | null } {
  const ran: string[] = [];
  for (const stage of bundle.plan.stages) {
    ran.push(stage.id);
    const result = runStage(fleet, bundle.dir, stage.id);
    if (result.status !== 0) return { ran, failed: { id: stage.id, stderr: result.stderr } };
  }
  return { ran, failed: null };
}

/** shellcheck's findings on every job script of a plan (empty: none). */
export function shellcheckJobs(bundle: PlanBundle & { dir: string }): string {
  const files = Object.keys(bundle.jobs).map((id) => path.join(bundle.dir, `${id}.sh`));
  const run = spawnSync('shellcheck', ['--shell=bash', ...files], { encoding: 'utf8' });
  return run.status === 0 ? '' : run.stdout || run.stderr || `shellcheck exited ${run.status}`;
}
