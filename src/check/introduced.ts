import type { Finding } from '../findings.js';
import type { Policy } from '../policy/pack.js';
import type { Judged } from '../rules/types.js';
import { checkAgainstPack } from './pack-fit.js';
import { runRules } from './run-rules.js';

/** What a finding is about, to find the base's finding on the same: its rule and code, cluster, member and component. */
function subjectOf(finding: Finding): string {
  return `${finding.rule}\u0000${finding.code}\u0000${finding.cluster ?? ''}\u0000${finding.member ?? ''}\u0000${finding.component ?? ''}`;
}

/**
 * Marks which of the head's findings the change brought. The base is judged once, alone (so it has no findings about
 * moves: a jump, a downgrade, a promotion, a change in a freeze), and its findings indexed by subject: a head finding
 * not about a move (rules mark those `introduced` as they report) is old when the base has one on the same subject.
 * Linear in the fleet, like the judging itself.
 */
export function markIntroduced(judged: Finding[], base: Judged, policy: Policy, now: Date): void {
  const old = new Set<string>();
  for (const finding of checkAgainstPack(base, policy)) old.add(subjectOf(finding));
  for (const finding of runRules(base, undefined, policy, [], [], now)) old.add(subjectOf(finding));
  for (const finding of judged) finding.introduced ??= !old.has(subjectOf(finding));
}
