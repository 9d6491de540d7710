import type { Policy } from '../pack.js';
import type { Breach, ClusterMove, SplitMove } from './types.js';
/**
 * The moves of a change of its own, each to a version between base and head, after which the rest of the change
 * has an order: round by round, a component of the breach (the one left behind first: the controller manager that
 * lags) goes to the highest version between that leaves the first change's head within the limits, until the rest
 * passes. At most one move per component, each among a few versions: bounded, and only when a change fails.
 */
export declare function findSplit(policy: Policy, move: ClusterMove, breach: Breach): SplitMove[] | undefined;
