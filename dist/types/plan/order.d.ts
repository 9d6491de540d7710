import type { Cluster } from '../manifest/fleet.js';
import type { ClusterFound, Draft, PlanContext } from './context.js';
/**
 * Puts a cluster's drafts in the order the transition module finds; the stages moved ahead of the pack's order say
 * why. A change with no such order (planned with --force) keeps the pack's order, with the check's words in a note.
 */
export declare function orderDrafts(context: PlanContext, cluster: Cluster, drafts: Draft[], found: ClusterFound): void;
