import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { RollgateError } from '../findings.js';
import type { Repository } from '../git/repository.js';
import { readUnfinished } from '../git/unfinished.js';
import { readObserved } from '../io/observed-file.js';
import { writePlanChunks } from '../io/plan-files.js';
import type { Fleet } from '../manifest/fleet.js';
import { matrixChunks, renderPlanPreview, streamPlan } from '../plan/index.js';
import type { ActionSettings } from './input-helper.js';
import { judge, reportOnRun } from './judge.js';
import type { ActionServices } from './services.js';
import { verdict } from './verdict.js';

/**
 * Plan mode (on push to the default branch): judges the merged manifest against the last state rolled out
 * completely, then writes the plan bundle and sets the outputs the rollout workflow runs from: the plan id,
 * the stages as matrix chunks, and the approval environments. A failing check plans nothing.
 */
export async function runPlan(settings: ActionSettings, services: ActionServices): Promise<void> {
  const { repository } = services;
  const base = await planBase(settings, repository);
  core.info(
    base
      ? `Planning from ${base.label} (${base.sha}).`
      : 'Planning with no base: every member is moved to its pins.',
  );
  const judged = await judge(settings, repository, base?.sha);
  const { result } = judged;
  const outcome = verdict(result.summary, settings.failOn);
  core.setOutput('ok', String(!outcome.failed));
  if (outcome.failed) {
    await reportOnRun(settings, judged);
    core.info(
      `${outcome.sentence} Nothing was planned: fix the manifest on the default branch (or set fail-on: never to plan anyway).`,
    );
    process.exitCode = 1;
    return;
  }
  const unfinished = await unfinishedFleets(settings, repository, base?.sha);
  const observed = settings.observed ? await readObserved(settings.workspace, settings.observed) : undefined;
  const chunks = streamPlan({
    result,
    ...(settings.transport ? { transport: settings.transport } : {}),
    unfinished,
    ...(observed ? { observed } : {}),
  });
  // A new folder each run, so no stage script of an earlier plan can sit beside this plan's.
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'rollgate-plan-'));
  const plan = await writePlanChunks(dir, chunks);
  const matrix = matrixChunks(plan);
  const preview = renderPlanPreview(plan);
  await reportOnRun(settings, judged, { preview: preview.trimEnd().split('\n') });
  core.setOutput('plan-id', plan.id);
  core.setOutput('matrix', JSON.stringify(matrix.chunks));
  core.setOutput('environments', JSON.stringify(matrix.environments));
  core.setOutput('stages', String(plan.stages.length));
  core.setOutput('plan-dir', dir);
  core.info(
    `Plan ${plan.id}: ${plan.stages.length} stages in ${matrix.chunks.length} matrix chunks, written to ${dir}.`,
  );
}

/**
 * The plan's base: the rolled-out ref (moved only after a rollout's last stage succeeded), else the push's
 * `before`, fetched by SHA in a shallow checkout. A half-done rollout never moves the ref, so it is planned again.
 */
async function planBase(
  settings: ActionSettings,
  repository: Repository,
): Promise<{ sha: string; label: string } | undefined> {
  const rolledOut = await resolveRef(repository, settings.rolledOutRef);
  if (rolledOut) return { sha: rolledOut.sha, label: `the rolled-out ref ${rolledOut.ref}` };
  const event = settings.event;
  if (event.kind === 'push' && event.before) {
    if (!(await repository.ensureCommit(event.before))) {
      throw new RollgateError(
        `The push's before commit ${event.before} is not in this checkout and could not be fetched from origin; check out with fetch-depth: 0.`,
      );
    }
    core.warning(
      `No rolled-out ref ${settings.rolledOutRef} was found (check out with fetch-depth: 0 so it is fetched); planning from the push's before commit.`,
    );
    return { sha: event.before, label: "the push's before commit" };
  }
  core.warning(
    `No rolled-out ref ${settings.rolledOutRef} and no earlier commit was found; the plan moves every member to its pins.`,
  );
  return undefined;
}

async function resolveRef(
  repository: Repository,
  ref: string,
): Promise<{ sha: string; ref: string } | undefined> {
  // A branch name: actions/checkout with fetch-depth: 0 fetches branches as origin/<name>, not as local branches.
  for (const candidate of ref.startsWith('refs/') ? [ref] : [ref, `origin/${ref}`]) {
    const sha = await repository.resolve(candidate);
    if (sha) return { sha, ref: candidate };
  }
  return undefined;
}

/**
 * The fleets of rollouts that started but did not finish: each ref under the unfinished prefix whose commit is not
 * the base. Their members may run anything between the base and that fleet, so the planner plans them again.
 */
async function unfinishedFleets(
  settings: ActionSettings,
  repository: Repository,
  baseSha: string | undefined,
): Promise<Fleet[]> {
  const refs = (await repository.refs(settings.unfinishedRefs)).filter(({ sha }) => sha !== baseSha);
  const manifest = path.resolve(settings.workspace, settings.manifest);
  const rollouts = await readUnfinished(repository, manifest, settings.manifest, refs);
  for (const { ref, sha } of rollouts)
    core.warning(
      `The rollout to ${ref} (${sha}) did not finish; its members are planned again from wherever they may be.`,
    );
  return rollouts.map((rollout) => rollout.fleet);
}
