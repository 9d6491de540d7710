import * as core from '@actions/core';
import { check } from '../check.js';
import { gatherSources } from '../cli/sources.js';
import { type Finding, RollgateError } from '../findings.js';
import { gitRepository } from '../git/repository.js';
import { renderText } from '../report/text.js';
import { changedLines, pickAnnotations } from './annotations.js';
import { githubClient, statusOf } from './github-client.js';
import { type ActionSettings, REPORT_DIR } from './input-helper.js';
import { annotate, logUntrusted } from './log.js';
import { COMMENT_LIMIT, characters, composeReport, SUMMARY_LIMIT_BYTES, utf8Bytes } from './report-body.js';
import { writeReportFiles } from './report-files.js';
import { stickyMarker, upsertStickyComment } from './sticky-comment.js';
import { verdict } from './verdict.js';

/**
 * Check mode: judges the working tree's manifest against the PR's base commit (manifest and packs from
 * git), then annotates, writes the job summary and the report files, upserts the sticky comment, and sets
 * the verdict. A comment that cannot be written is a warning; it never changes the verdict.
 */
export async function runCheck(settings: ActionSettings): Promise<void> {
  const pr = settings.event.kind === 'pull_request' ? settings.event : undefined;
  const repository = gitRepository(settings.workspace);
  if (pr && !(await repository.ensureCommit(pr.baseSha))) {
    throw new RollgateError(
      `The pull request's base commit ${pr.baseSha} is not in this checkout and could not be fetched from origin; keep actions/checkout's default persist-credentials, or check out with fetch-depth: 0.`,
    );
  }
  const sources = await gatherSources({
    cwd: settings.workspace,
    head: settings.manifest,
    policies: settings.policies,
    ...(pr ? { baseRef: pr.baseSha, repository } : {}),
  });
  const result = await check({
    head: sources.head,
    ...(sources.base ? { base: sources.base } : {}),
    resolvePack: sources.resolvePack,
    policyChanges: sources.policyChanges,
    knownPacks: sources.knownPacks,
    now: new Date(),
  });
  logUntrusted(renderText(result));

  const lines = changedLines(sources.base?.text, sources.head.text);
  const editedPacks = new Set(sources.policyChanges.map((change) => change.file));
  const touched = (finding: Finding) =>
    (finding.file === sources.head.file && lines.has(finding.line)) || editedPacks.has(finding.file);
  annotate(pickAnnotations(result.findings, touched));

  const reportPath = await writeReportFiles(settings.reportDir, result, pr?.number);
  const rank = (finding: Finding) => (touched(finding) ? 0 : 1);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = composeReport(result, {
      manifest: sources.head.file,
      rank,
      limit: SUMMARY_LIMIT_BYTES,
      measure: utf8Bytes,
      fullReport: `the JSON report (${REPORT_DIR}/report.json, the action's \`report\` output)`,
    });
    await core.summary.addRaw(summary).write();
  }

  if (pr && settings.comment) {
    const body = composeReport(result, {
      marker: stickyMarker(sources.head.file),
      manifest: sources.head.file,
      rank,
      limit: COMMENT_LIMIT,
      measure: characters,
      fullReport: settings.runUrl ? `[the job summary](${settings.runUrl})` : "this run's job summary",
    });
    await publishComment(settings, pr.number, sources.head.file, body);
  }

  const outcome = verdict(result.summary, settings.failOn);
  core.setOutput('ok', String(!outcome.failed));
  core.setOutput('errors', String(result.summary.errors));
  core.setOutput('warnings', String(result.summary.warnings));
  core.setOutput('report', reportPath);
  core.info(outcome.sentence);
  // Not core.setFailed: its own error annotation would take one of the ten GitHub shows.
  if (outcome.failed) process.exitCode = 1;
}

async function publishComment(
  settings: ActionSettings,
  issueNumber: number,
  manifest: string,
  body: string,
): Promise<void> {
  if (!settings.token) {
    core.warning(
      'No token was given, so rollgate did not comment on the pull request; the job summary has the report.',
    );
    return;
  }
  try {
    const client = githubClient(settings.token, settings.api);
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
        ? ` The token cannot write to this pull request: a pull request from a fork gets a read-only token. The report and the PR number are in ${REPORT_DIR}/ for the workflow_run half of the fork pattern to post.`
        : '';
    core.warning(
      `rollgate could not write its pull request comment${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}.${why} The verdict does not depend on the comment.`,
    );
  }
}
