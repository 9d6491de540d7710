import type { CheckResult } from '../check/index.js';
import type { Finding } from '../findings.js';
import { driftTable } from '../report/drift-table.js';
import { codeSpan } from '../report/escape.js';
import { changeTable, findingSections, verdictLine } from '../report/markdown.js';

/** GitHub refuses comments over 65,536 characters; the margin leaves room for GitHub's own counting. */
export const COMMENT_LIMIT = 65_000;

/** GitHub keeps at most 1 MiB of a step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** How to lay out and bound one report. */
export interface ComposeOptions {
  /** The first line (the sticky comment's hidden marker). */
  marker?: string;
  /** The manifest, named in the heading. */
  manifest: string;
  /** Lines under the verdict (for example, that a fork's own run reported this). */
  notes?: string[];
  /** The rollout preview, when there is one: markdown lines from the planner. */
  preview?: string[];
  /** Findings ranked first are the last to be cut (those on lines the change touches). */
  rank?: (finding: Finding) => number;
  limit: number;
  /** The size of a text as the limit counts it. */
  measure: (text: string) => number;
  /** Where the whole report is, when this one had to be cut: markdown, trusted. */
  fullReport: string;
}

/** Characters, as GitHub counts a comment's length. */
export const characters = (text: string): number => text.length;

/** Bytes of UTF-8, as the job summary's limit counts. */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The report as markdown, under the limit: the verdict, the change table, the findings by cluster and
 * severity, and the rollout preview. What does not fit is summarised with a pointer to the full report;
 * the findings cut last are errors on changed lines.
 */
export function composeReport(result: CheckResult, options: ComposeOptions): string {
  const rank = options.rank ?? (() => 0);
  // A stable sort: within a rank, findings keep the report's order (file, line, column).
  // The change's own findings before those already in the base, which are cut first.
  const ranked = [...result.findings].sort(
    (a, b) => oldRank(a) - oldRank(b) || severityRank(a) - severityRank(b) || rank(a) - rank(b),
  );
  const render = (changeCount: number, findingCount: number, withPreview: boolean): string => {
    const changes = result.changes.slice(0, changeCount);
    const findings = ranked.slice(0, findingCount);
    const lines = [
      ...(options.marker ? [options.marker] : []),
      `### rollgate policy check: ${codeSpan(options.manifest)}`,
      '',
      verdictLine(result),
      ...(options.notes?.length ? ['', ...options.notes] : []),
      '',
      ...changeTable({ ...result, changes }),
    ];
    if (changeCount < result.changes.length)
      lines.push('', `… and ${result.changes.length - changeCount} more changes.`);
    // The drift table comes from the findings kept, so it shrinks with them.
    const drift = driftTable(findings);
    if (drift.length) lines.push('', ...drift);
    lines.push('', '### Findings');
    if (findings.length > 0 || result.findings.length === 0)
      lines.push(...findingSections({ ...result, findings }));
    const cut = result.findings.length - findingCount;
    if (cut > 0) {
      const errors = ranked.slice(findingCount).filter((f) => f.severity === 'error').length;
      lines.push(
        '',
        `… and ${cut} more finding${cut === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${cut - errors} warning${cut - errors === 1 ? '' : 's'}).`,
      );
    }
    if (options.preview?.length) {
      lines.push('', ...(withPreview ? options.preview : ['The rollout preview did not fit here.']));
    }
    if (changeCount < result.changes.length || cut > 0 || (options.preview?.length && !withPreview)) {
      lines.push('', `This report was shortened to fit; ${options.fullReport} has all of it.`);
    }
    return `${lines.join('\n')}\n`;
  };
  const fits = (text: string) => options.measure(text) <= options.limit;
  const whole = render(result.changes.length, ranked.length, true);
  if (fits(whole)) return whole;
  const fixed = options.measure(render(0, 0, false));
  // Changes may take half of what is left, so findings always get room too.
  const changeCount = largest(
    result.changes.length,
    (n) => options.measure(render(n, 0, false)) - fixed <= (options.limit - fixed) / 2,
  );
  const findingCount = largest(ranked.length, (n) => fits(render(changeCount, n, false)));
  const withPreview = fits(render(changeCount, findingCount, true));
  return render(changeCount, findingCount, withPreview);
}

function oldRank(finding: Finding): number {
  return finding.introduced === false ? 1 : 0;
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}

/** The largest n in 0..max for which ok(n) holds, for ok that holds up to some n and fails above it. */
function largest(max: number, ok: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ok(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
