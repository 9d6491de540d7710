import type { CheckResult } from '../check/index.js';
import type { Finding } from '../findings.js';
import { driftTable } from './drift-table.js';
import { codeSpan, inlineMarkdown } from './escape.js';

/** Options of the markdown report. */
export interface MarkdownOptions {
  /** Where the full report is when this one is cut short (the job summary). */
  fullReportUrl?: string;
  /** At most this many characters; what does not fit is summarised. */
  maxLength?: number;
}

/** The verdict line of a report. */
export function verdictLine(result: CheckResult): string {
  const { errors, warnings } = result.summary;
  const icon = result.ok ? (warnings > 0 ? ':warning:' : ':white_check_mark:') : ':x:';
  return `${icon} **rollgate ${result.ok ? 'passed' : 'failed'}**: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}`;
}

/** The change table: cluster, member, component, from, to. */
export function changeTable(result: CheckResult): string[] {
  if (result.changes.length === 0) return ['No component versions change.'];
  const rows = ['| Cluster | Component | From | To |', '| --- | --- | --- | --- |'];
  for (const c of result.changes) {
    rows.push(
      `| ${codeSpan(c.member ? `${c.cluster}/${c.member}` : c.cluster)} | ${codeSpan(c.component)} | ${c.from === null ? '(new)' : codeSpan(c.from)} | ${c.to === null ? '(removed)' : codeSpan(c.to)} |`,
    );
  }
  return rows;
}

/** One finding as a list item. */
export function findingItem(f: Finding): string {
  const icon = f.severity === 'error' ? ':x:' : ':warning:';
  const old = f.introduced === false ? ' _(already in the base)_' : '';
  return `- ${icon} ${codeSpan(f.rule)} ${inlineMarkdown(f.message)}${old} (${codeSpan(`${f.file}:${f.line}:${f.column}`)})`;
}

/** Above this many, the findings already in the base are folded, so the change's own stay in view. */
export const FOLD_OLD_FINDINGS_ABOVE = 5;

/**
 * The findings grouped by cluster, errors before warnings: the change's own first, then, apart, those already in the
 * base (folded in a `<details>` when there are many), which a pull request author did not bring and need not fix.
 */
export function findingSections(result: CheckResult): string[] {
  if (result.findings.length === 0) return ['No findings.'];
  const own = result.findings.filter((f) => f.introduced !== false);
  const old = result.findings.filter((f) => f.introduced === false);
  const lines = byCluster(own);
  if (old.length === 0) return lines;
  const title = `Already in the base (${old.length} finding${old.length === 1 ? '' : 's'} this change did not bring)`;
  if (old.length <= FOLD_OLD_FINDINGS_ABOVE)
    return [...lines, '', `#### ${title}`, ...byCluster(old, '#####')];
  return [
    ...lines,
    '',
    '<details>',
    `<summary>${title}</summary>`,
    ...byCluster(old, '#####'),
    '',
    '</details>',
  ];
}

function byCluster(findings: Finding[], heading = '####'): string[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.cluster ?? '');
    if (group) group.push(finding);
    else groups.set(finding.cluster ?? '', [finding]);
  }
  const lines: string[] = [];
  for (const [cluster, inCluster] of [...groups].sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  )) {
    lines.push('', `${heading} ${cluster ? `Cluster ${codeSpan(cluster)}` : 'Fleet'}`, '');
    const ordered = [...inCluster].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
    );
    for (const f of ordered) lines.push(findingItem(f));
  }
  return lines;
}

/** The report as GitHub markdown: verdict, change table, drift table (with --observed), findings by cluster and severity. */
export function renderMarkdown(result: CheckResult): string {
  const drift = driftTable(result.findings);
  return `${['### rollgate policy check', '', verdictLine(result), '', ...changeTable(result), ...(drift.length ? ['', ...drift] : []), '', '### Findings', ...findingSections(result)].join('\n')}\n`;
}
