import { type Cluster, type Member } from '../manifest/fleet.js';
import type { ClusterStepSpec } from '../policy/types.js';
import { type PlanContext } from './context.js';
import type { Pin, PlannedMember, PlannedStep } from './types.js';
/** A member's steps for a component: the pack's `member` steps (or `rollback` ones) whose condition holds, filled. */
export declare function memberSteps(context: PlanContext, cluster: Cluster, member: Member, component: string, target: Pin, kind: 'member' | 'rollback', first: boolean, from?: Pin | null): PlannedStep[];
/** The component's `before` or `after` steps, once per stage, on the stage's first member. */
export declare function componentSteps(context: PlanContext, cluster: Cluster, component: string, key: 'before' | 'after', members: PlannedMember[]): PlannedStep[];
/**
 * The pack's `first` or `finally` steps: about the cluster, not one component. `runs` is the cluster as it stands
 * when they run (its base before the first stage and after a rollback, its head after the last stage), which a
 * step's `needs` are read against.
 */
export declare function clusterSteps(context: PlanContext, cluster: Cluster, specs: ClusterStepSpec[] | undefined, members: PlannedMember[], runs: Cluster | undefined): PlannedStep[];
/**
 * Refuses a cluster that moves while a parameter its pack's steps name is set neither by the cluster nor by a
 * default: `plan` needs it, `check` never asks (manifests that pass keep passing).
 */
export declare function requireParams(context: PlanContext, cluster: Cluster): void;
/** The pack parameters any of its steps names, for requireParams. */
export declare function paramsUsed(context: Pick<PlanContext, 'pack'>): Set<string>;
