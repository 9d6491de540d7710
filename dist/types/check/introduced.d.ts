import type { Finding } from '../findings.js';
import type { Policy } from '../policy/pack.js';
import type { Judged } from '../rules/types.js';
/**
 * Marks which of the head's findings the change brought. Rules mark a finding about a move the change makes as
 * introduced when they report it; any other is compared with the base, judged once, alone (so it has no findings
 * about moves: a jump, a downgrade, a promotion, a change in a freeze), its findings' subjects in a set: a head
 * finding is old when the base has one on the same subject. Linear in the fleet, like the judging itself; only the
 * rules with a finding left to compare run on the base, and none when no finding is left.
 */
export declare function markIntroduced(judged: Finding[], base: Judged, policy: Policy, now: Date): void;
