import type { CheckResult } from '../check/index.js';

/**
 * The clusters the change does not touch that carry findings already in the base: `plan` leaves them as they run and
 * names them, so an operator knows what is still to fix there.
 */
export function untouchedClustersWithOldFindings(result: CheckResult): string[] {
  const touched = new Set(result.changes.map((change) => change.cluster));
  const clusters = new Set<string>();
  for (const finding of result.findings) {
    if (finding.introduced !== false || finding.cluster === undefined) continue;
    if (!touched.has(finding.cluster)) clusters.add(finding.cluster);
  }
  return [...clusters].sort();
}
