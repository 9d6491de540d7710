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
/** How rules run beyond the change itself. */
export interface RunOptions {
    /** Collect only the subjects of the findings here (no positions, no messages). */
    subjects?: Set<string>;
    /** The fleet as observed, for the rules that compare with it. */
    observed?: Observed;
    /** Run only these rules (all when absent). */
    only?: ReadonlySet<string>;
}
/**
 * Runs every rule of the registry over the change, each finding at the severity the pack sets for it. With
 * `subjects`, only the subjects of the findings are collected there (no positions, no messages): the base's, to tell
 * which of the head's findings the change brought, at little cost.
 */
export declare function runRules(head: Judged, base: Judged | undefined, policy: Policy, changes: Change[], policyChanges: PolicyChange[], now: Date, { subjects, observed, only }?: RunOptions): Finding[];
