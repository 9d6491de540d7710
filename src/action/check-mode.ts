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

/** The commit a change is judged against, and, for `pull_request_target`, the head commit to read instead of the checkout. */
export interface CheckBase {
  sha: string;
  /** What the commit is, for messages. */
  label: string;
  /** A head commit read through git (fetched, never checked out or run), with a ref to fetch it by. */
  head?: { sha: string; ref: string };
}

/**
 * The base of the event: a pull request's base commit (`pull_request_target` also names its head, since its checkout is
 * the base branch), a merge queue's base commit, a push's before commit. Undefined for an event that has none.
 */
export function checkBase(event: ActionSettings['event']): CheckBase | undefined {
  switch (event.kind) {
    case 'pull_request':
      return {
        sha: event.baseSha,
        label: "the pull request's base commit",
        ...(event.name === 'pull_request_target'
          ? { head: { sha: event.headSha, ref: `refs/pull/${event.number}/head` } }
          : {}),
      };
    case 'merge_group':
      return { sha: event.baseSha, label: "the merge group's base commit" };
    case 'push':
      return event.before ? { sha: event.before, label: "the push's before commit" } : undefined;
    default:
      return undefined;
  }
}

/**
 * Check mode: judges the change against its event's base (manifest and packs from git), then annotates, writes the
 * job summary and the report files, upserts the sticky comment, and sets the verdict. A comment that cannot be
 * written is a warning; it never changes the verdict. An event with no base is a warning, and fails the step unless
 * `allow-no-base` says otherwise: with nothing to compare, a change that loosens a pack would judge itself.
 */
export async function runCheck(settings: ActionSettings, services: ActionServices): Promise<void> {
  await refuseCheckedOutReport(settings.workspace);
  const pr = settings.event.kind === 'pull_request' ? settings.event : undefined;
  const { repository } = services;
  const base = checkBase(settings.event);
  if (base && !(await repository.ensureCommit(base.sha))) {
    throw new RollgateError(
      `${base.label.charAt(0).toUpperCase()}${base.label.slice(1)} ${base.sha} is not in this checkout and could not be fetched from origin; keep actions/checkout's default persist-credentials, or check out with fetch-depth: 0.`,
    );
  }
  if (base?.head && !(await repository.ensureCommit(base.head.sha, base.head.ref))) {
    throw new RollgateError(
      `The pull request's head commit ${base.head.sha} could not be fetched from origin (nor ${base.head.ref}); rollgate reads it through git and never checks it out.`,
    );
  }
  const noBase = base
    ? undefined
    : `rollgate has no base commit to judge this ${settings.event.name || 'run'} against: it judges the working tree's manifest alone, by the working tree's packs, so a change that loosens a pack is not caught. It finds a base on pull_request, pull_request_target, merge_group and push.${settings.allowNoBase ? ' allow-no-base is true, so the findings alone decide the step.' : ' Run it on one of those, or set allow-no-base: true to pass on the findings alone.'}`;
  if (noBase) core.warning(noBase, { title: 'rollgate: no base' });
  const judged = await judge(settings, repository, base?.sha, base?.head?.sha);
  const { result, sources, touched } = judged;
  const preview = pr ? rolloutPreview(result) : undefined;
  await reportOnRun(settings, judged, {
    ...(pr ? { prNumber: pr.number } : {}),
    ...(preview ? { preview } : {}),
    ...(noBase ? { notes: [`> [!WARNING]\n> ${noBase}`] } : {}),
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
  const failed = outcome.failed || (noBase !== undefined && !settings.allowNoBase);
  core.setOutput('ok', String(!failed));
  core.info(outcome.sentence);
  if (!outcome.failed && failed) core.info('The step fails: there was no base to judge the change against.');
  // Not core.setFailed: its own error annotation would take one of the ten GitHub shows.
  if (failed) process.exitCode = 1;
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
