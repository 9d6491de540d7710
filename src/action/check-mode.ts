import { lstat } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { RollgateError } from '../findings.js';
import { type GitHubClient, statusOf } from './github-client.js';
import { type ActionSettings, REPORT_DIR } from './input-helper.js';
import { judge, reportOnRun } from './judge.js';
import { rolloutPreview } from './preview.js';
import { COMMENT_LIMIT, characters, composeReport } from './report-body.js';
import type { ActionServices } from './services.js';
import { stickyMarker, upsertStickyComment } from './sticky-comment.js';
import { verdict } from './verdict.js';

/**
 * Check mode: judges the working tree's manifest against the PR's base commit (manifest and packs from
 * git), then annotates, writes the job summary and the report files, upserts the sticky comment, and sets
 * the verdict. A comment that cannot be written is a warning; it never changes the verdict.
 */
export async function runCheck(settings: ActionSettings, services: ActionServices): Promise<void> {
  await refuseCheckedOutReport(settings.workspace);
  const pr = settings.event.kind === 'pull_request' ? settings.event : undefined;
  const { repository } = services;
  if (pr && !(await repository.ensureCommit(pr.baseSha))) {
    throw new RollgateError(
      `The pull request's base commit ${pr.baseSha} is not in this checkout and could not be fetched from origin; keep actions/checkout's default persist-credentials, or check out with fetch-depth: 0.`,
    );
  }
  const judged = await judge(settings, repository, pr?.baseSha);
  const { result, sources, touched } = judged;
  const preview = pr ? rolloutPreview(result) : undefined;
  await reportOnRun(settings, judged, {
    ...(pr ? { prNumber: pr.number } : {}),
    ...(preview ? { preview } : {}),
  });

  if (pr && settings.comment) {
    const body = composeReport(result, {
      marker: stickyMarker(sources.head.file),
      manifest: sources.head.file,
      rank: (finding) => (touched(finding) ? 0 : 1),
      ...(preview ? { preview } : {}),
      limit: COMMENT_LIMIT,
      measure: characters,
      fullReport: settings.runUrl ? `[the job summary](${settings.runUrl})` : "this run's job summary",
    });
    await publishComment(settings, services.github, pr.number, sources.head.file, body);
  }

  const outcome = verdict(result.summary, settings.failOn);
  core.setOutput('ok', String(!outcome.failed));
  core.info(outcome.sentence);
  // Not core.setFailed: its own error annotation would take one of the ten GitHub shows.
  if (outcome.failed) process.exitCode = 1;
}

async function publishComment(
  settings: ActionSettings,
  client: GitHubClient | undefined,
  issueNumber: number,
  manifest: string,
  body: string,
): Promise<void> {
  if (!client) {
    core.warning(
      'No token was given, so rollgate did not comment on the pull request; the job summary has the report.',
    );
    return;
  }
  try {
    const target = { ...settings.repository, issueNumber };
    const outcome = await upsertStickyComment(client, target, stickyMarker(manifest), body);
    const removed =
      outcome.deleted > 0
        ? `, and removed ${outcome.deleted} duplicate${outcome.deleted === 1 ? '' : 's'} left by a racing run`
        : '';
    core.info(`rollgate ${outcome.action} its pull request comment (id ${outcome.id})${removed}.`);
  } catch (error) {
    const status = statusOf(error);
    const why =
      status === 403
        ? ` The token cannot write to this pull request: a pull request from a fork gets a read-only token. The report and the PR number are in ${REPORT_DIR}/ in the runner's temp folder, for the workflow_run half of the fork pattern to post.`
        : '';
    core.warning(
      `rollgate could not write its pull request comment${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}.${why} The verdict does not depend on the comment.`,
    );
  }
}

/**
 * A checkout that holds a `rollgate-report` (a pull request can commit one, links included) would be uploaded as the
 * report by a workflow that still uploads the workspace's folder: refuse it rather than let it pass for ours.
 */
async function refuseCheckedOutReport(workspace: string): Promise<void> {
  const committed = path.join(workspace, REPORT_DIR);
  const found = await lstat(committed).then(
    () => true,
    () => false,
  );
  if (found)
    throw new RollgateError(
      `The checkout holds ${REPORT_DIR}, the name of rollgate's report folder. rollgate writes its report to ${REPORT_DIR}/ in the runner's temp folder and will not run beside one the repository brings: remove it from the repository, and upload \${{ runner.temp }}/${REPORT_DIR}/.`,
    );
}
