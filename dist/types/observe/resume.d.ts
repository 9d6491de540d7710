import type { ComponentState } from '../manifest/fleet.js';
import type { Observed, ObservedMember } from './types.js';
/**
 * `skip`: the member runs its target and is in service, so it is not taken through its steps again.
 * `restore-first`: a failed stage left it evacuated, so it is restored before its steps, which then run whole
 * (evacuate again, refresh, which changes nothing where it already runs the target, health check, read-back,
 * restore): a member whose health check failed is checked again. `plan`: as without --observed (not observed,
 * unknown, or not at its target and in service).
 */
export type Resume = {
    kind: 'skip' | 'restore-first';
    runs: string;
    at: string;
} | {
    kind: 'plan';
};
/** The observed members by cluster and name, looked up once each. */
export declare function observedIndex(observed: Observed | undefined): Map<string, ObservedMember> | undefined;
/** The key of a member in observedIndex. */
export declare function observedKey(cluster: string, member: string): string;
/** Whether an observed component is at a target: its pin, and the hold and cohort the manifest declares. */
export declare function atTarget(member: ObservedMember, component: string, target: ComponentState): boolean;
/** What a replan does with one member's move of one component to its target. */
export declare function resumeOf(member: ObservedMember | undefined, component: string, target: ComponentState): Resume;
