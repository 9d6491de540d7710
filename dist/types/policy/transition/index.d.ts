import { type Cluster } from '../../manifest/fleet.js';
import type { Policy } from '../pack.js';
import type { ClusterMove, Transition } from './types.js';
export { orderOf, versionOf } from './setting.js';
export type { Breach, ClusterMove, LimitKind, SplitMove, Transition } from './types.js';
/**
 * Finds the order in which the planner moves a cluster's components so that every state between base and head keeps
 * the pack's limits: the pack's order when it does (one pass over the moves), else, unless the pack's order is
 * strict, the closest order that does; when none does, the first state of the pack's order that breaks a limit and
 * how to split the change.
 */
export declare function planTransition(policy: Policy, move: ClusterMove): Transition;
/** A cluster's change as check and plan read it: each head member's state, and the same member's in the base. */
export declare function clusterMove(head: Cluster, base: Cluster | undefined): ClusterMove;
