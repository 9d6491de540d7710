import type { Finding } from '../findings.js';
import type { Policy } from '../policy/pack.js';
import type { Judged } from '../rules/types.js';
import { checkAgainstPack } from './pack-fit.js';
import { runRules, subjectKey } from './run-rules.js';

/**
 * Marks which of the head's findings the change brought. Rules mark a finding about a move the change makes as
 * introduced when they report it; any other is compared with the base, judged once, alone (so it has no findings
 * about moves: a jump, a downgrade, a promotion, a change in a freeze), its findings' subjects in a set: a head
 * finding is old when the base has one on the same subject. Linear in the fleet, like the judging itself; only the
 * rules with a finding left to compare run on the base, and none when no finding is left.
 */
export function markIntroduced(judged: Finding[], base: Judged, policy: Policy, now: Date): void {
  const pending = new Set<string>();
  for (const finding of judged) if (finding.introduced === undefined) pending.add(finding.rule);
  if (pending.size === 0) return;
  const old = new Set<string>();
  if (pending.has('schema')) {
    for (const finding of checkAgainstPack(base, policy))
      old.add(subjectKey(finding.rule, finding.code, finding));
  }
  runRules(base, undefined, policy, [], [], now, { subjects: old, only: pending });
  for (const finding of judged)
    finding.introduced ??= !old.has(subjectKey(finding.rule, finding.code, finding));
}
