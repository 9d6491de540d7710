import * as core from '@actions/core';
import type { CheckResult } from '../check/index.js';
import type { Finding } from '../findings.js';
import type { Repository } from '../git/repository.js';
import { keepHeapSmallFor } from '../io/heap.js';
import { readObserved } from '../io/observed-file.js';
import { checkSources, gatherSources, type Sources } from '../io/sources.js';
import { renderText } from '../report/text.js';
import { changedLines, pickAnnotations } from './annotations.js';
import { type ActionSettings, REPORT_DIR } from './input-helper.js';
import { annotate, logUntrusted } from './log.js';
import { composeReport, SUMMARY_LIMIT_BYTES, utf8Bytes } from './report-body.js';
import { writeReportFiles } from './report-files.js';

/** A check of the workspace's manifest, with what the change touched. */
export interface WorkspaceCheck {
  sources: Sources;
  result: CheckResult;
  /** Whether a finding sits on a line the change added or edited, or in a pack the change edits. */
  touched: (finding: Finding) => boolean;
}

/**
 * Checks the working tree's manifest (or, with a head commit, the manifest that commit holds, read through git); with a
 * base commit, the base manifest and the judging packs come from it.
 */
export async function judge(
  settings: ActionSettings,
  repository: Repository,
  baseSha: string | undefined,
  headSha?: string,
): Promise<WorkspaceCheck> {
  const sources = await gatherSources({
    cwd: settings.workspace,
    head: settings.manifest,
    policies: settings.policies,
    repository,
    ...(baseSha !== undefined ? { baseRef: baseSha } : {}),
    ...(headSha !== undefined ? { headRef: headSha } : {}),
  });
  keepHeapSmallFor(sources);
  const observed = settings.observed ? await readObserved(settings.workspace, settings.observed) : undefined;
  const result = await checkSources(sources, new Date(), settings.strict, observed);
  logUntrusted(renderText(result));
  const lines = changedLines(sources.base?.text, sources.head.text);
  // Every pack the change edits has its policy/changed finding, in that pack's file.
  const editedPacks = new Set(
    result.findings
      .filter((finding) => finding.rule === 'policy/changed' && finding.file !== sources.head.file)
      .map((finding) => finding.file),
  );
  const touched = (finding: Finding) =>
    (finding.file === sources.head.file && lines.has(finding.line)) || editedPacks.has(finding.file);
  return { sources, result, touched };
}

/**
 * Reports a check on the run: annotations, the JSON report (and PR number) for upload, the job summary,
 * and the `errors`, `warnings` and `report` outputs. Returns the report's path.
 */
export async function reportOnRun(
  settings: ActionSettings,
  judged: WorkspaceCheck,
  extra: { prNumber?: number; preview?: string[]; notes?: string[] } = {},
): Promise<string> {
  const { result, touched, sources } = judged;
  annotate(pickAnnotations(result.findings, touched));
  const reportPath = await writeReportFiles(settings.reportDir, result, extra.prNumber);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = composeReport(result, {
      manifest: sources.head.file,
      rank: (finding) => (touched(finding) ? 0 : 1),
      ...(extra.preview ? { preview: extra.preview } : {}),
      ...(extra.notes ? { notes: extra.notes } : {}),
      limit: SUMMARY_LIMIT_BYTES,
      measure: utf8Bytes,
      fullReport: `the JSON report (${REPORT_DIR}/report.json in the runner's temp folder, the action's \`report\` output)`,
    });
    try {
      await core.summary.addRaw(summary).write();
    } catch (error) {
      // The summary is one of four reports; a runner without its file still gets the others and the verdict.
      core.summary.emptyBuffer();
      core.warning(
        `rollgate could not write the job summary (${(error as Error).message.split('\n')[0]}); the annotations, the log and the JSON report have the findings.`,
      );
    }
  }
  core.setOutput('errors', String(result.summary.errors));
  core.setOutput('warnings', String(result.summary.warnings));
  core.setOutput('report', reportPath);
  return reportPath;
}
