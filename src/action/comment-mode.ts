import * as core from '@actions/core';
import { RollgateError } from '../findings.js';
import { shownPath } from '../io/paths.js';
import { type GitHubClient, statusOf } from './github-client.js';
import type { ActionSettings } from './input-helper.js';
import { COMMENT_LIMIT, characters, composeReport } from './report-body.js';
import { readUntrustedReport } from './report-files.js';
import type { ActionServices } from './services.js';
import { stickyMarker, upsertStickyComment } from './sticky-comment.js';

/**
 * Comment mode, the workflow_run half of the fork pattern: reads the report a fork's read-only run
 * uploaded, as untrusted data, finds the pull request from the run's head commit (the event's
 * `pull_requests` is empty for forks), and upserts the same sticky comment the check would have.
 */
export async function runComment(settings: ActionSettings, services: ActionServices): Promise<void> {
  const event = settings.event;
  if (event.kind !== 'workflow_run') {
    throw new RollgateError(
      `mode: comment posts a fork's report after its run and needs a workflow_run event; this run is ${event.name || 'no event'}.`,
    );
  }
  // The same name the check's marker uses (relative to the workspace, forward slashes), so both find one comment.
  const manifest = shownPath(settings.workspace, settings.manifest, settings.manifest);
  const report = await readUntrustedReport(settings.reportDir, manifest);
  if (!report) {
    core.info(`No rollgate report was downloaded to ${settings.reportDir}; nothing to post.`);
    return;
  }
  const client = services.github;
  if (!client) throw new RollgateError('mode: comment needs a token that may write pull request comments.');
  const number = await findPullRequest(client, settings.repository, event, report.claimedPrNumber);
  if (number === undefined) {
    core.warning(
      `No open pull request has the head commit ${event.headSha} any more (a newer push supersedes this run); nothing was posted.`,
    );
    return;
  }
  const body = composeReport(report.result, {
    marker: stickyMarker(manifest),
    manifest,
    notes: [
      "> [!NOTE]\n> Posted from the report of the pull request's own run (a fork's run cannot comment). That run's check status is the verdict.",
    ],
    limit: COMMENT_LIMIT,
    measure: characters,
    fullReport: "the pull request's check run (its job summary)",
  });
  const outcome = await upsertStickyComment(
    client,
    { ...settings.repository, issueNumber: number },
    stickyMarker(manifest),
    body,
  );
  core.info(`rollgate ${outcome.action} the comment on pull request #${number} (id ${outcome.id}).`);
  core.setOutput('ok', String(report.result.ok));
  core.setOutput('errors', String(report.result.summary.errors));
  core.setOutput('warnings', String(report.result.summary.warnings));
}

/**
 * The open pull request whose head is the run's head commit. The artifact's number is only a hint:
 * it is used when that pull request's head is this commit; otherwise the head branch's pull requests are searched.
 */
async function findPullRequest(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  event: { headSha: string; headOwner?: string; headBranch?: string },
  claimed: number | undefined,
): Promise<number | undefined> {
  if (claimed !== undefined) {
    try {
      const { data } = await client.rest.pulls.get({ ...repository, pull_number: claimed });
      if (data.state === 'open' && data.head.sha === event.headSha) return data.number;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (event.headOwner && event.headBranch) {
    const pulls = await client.paginate(client.rest.pulls.list, {
      ...repository,
      state: 'open',
      head: `${event.headOwner}:${event.headBranch}`,
      per_page: 100,
    });
    const match = pulls.find((pull) => pull.head.sha === event.headSha);
    if (match) return match.number;
  }
  return undefined;
}
