// The drift table: what members run that the manifest does not pin, from the `drift` findings of a check.
import type { Finding } from '../findings.js';
import { codeSpan } from './escape.js';

/** The drift findings of a report, in its order. */
export function driftFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.rule === 'drift');
}

/**
 * The drift table: member, component, what it runs, what the manifest pins, when it was observed. Empty (no lines)
 * when no member drifts, so a report without --observed looks as before.
 */
export function driftTable(findings: readonly Finding[]): string[] {
  const drifted = driftFindings(findings);
  if (drifted.length === 0) return [];
  const lines = [
    '### Drift',
    '',
    `${drifted.length} member state${drifted.length === 1 ? '' : 's'} differ${drifted.length === 1 ? 's' : ''} from the manifest (rollgate observe).`,
    '',
    '| Member | Component | Runs | Manifest | Observed |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const finding of drifted) {
    // A report read back from JSON (a fork's upload) has no data: its cells say so rather than lie.
    const cell = (key: string) =>
      finding.data?.[key] !== undefined ? codeSpan(String(finding.data[key])) : '—';
    lines.push(
      `| ${codeSpan(`${finding.cluster ?? ''}/${finding.member ?? ''}`)} | ${codeSpan(finding.component ?? '')} | ${cell('found')} | ${cell('expected')} | ${cell('at')} |`,
    );
  }
  return lines;
}
