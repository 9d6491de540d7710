import type { Finding } from '../findings.js';
import type { Policy } from '../policy/pack.js';
import { type Change, type Judged, type PolicyChange } from '../rules/types.js';
/** Runs every rule of the registry over the change, each finding at the severity the pack sets for it. */
export declare function runRules(head: Judged, base: Judged | undefined, policy: Policy, changes: Change[], policyChanges: PolicyChange[], now: Date): Finding[];
