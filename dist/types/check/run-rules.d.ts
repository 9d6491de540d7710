import type { Finding } from '../findings.js';
import type { Observed } from '../observe/types.js';
import type { Policy } from '../policy/pack.js';
import { type Change, type Judged, type PolicyChange } from '../rules/types.js';
/** What a finding is about, to find the base's finding on the same: its rule and code, cluster, member and component. */
export declare function subjectKey(rule: string, code: string | undefined, subject: {
    cluster?: string;
    member?: string;
    component?: string;
}): string;
/**
 * Runs every rule of the registry over the change, each finding at the severity the pack sets for it. With
 * `subjects`, only the subjects of the findings are collected there (no positions, no messages): the base's, to tell
 * which of the head's findings the change brought, at little cost.
 */
export declare function runRules(head: Judged, base: Judged | undefined, policy: Policy, changes: Change[], policyChanges: PolicyChange[], now: Date, subjects?: Set<string>, observed?: Observed): Finding[];
