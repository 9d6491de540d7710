import type { Finding } from '../findings.js';
import type { Policy } from '../policy/pack.js';
import type { Judged } from '../rules/types.js';
/** Components the pack does not know, versions its schemes cannot read, and clusters of the wrong size. */
export declare function checkAgainstPack(head: Judged, policy: Policy): Finding[];
