// What a replan does with a member, from what it was observed to run: the planner's --observed part, pure.
import type { ComponentState } from '../manifest/fleet.js';
import { describeObserved, runsPin } from './compare.js';
import type { Observed, ObservedComponent, ObservedMember } from './types.js';

/**
 * `skip`: the member runs its target and is in service, so it is not taken through its steps again.
 * `restore-first`: a failed stage left it evacuated, so it is restored before its steps, which then run whole
 * (evacuate again, refresh, which changes nothing where it already runs the target, health check, read-back,
 * restore): a member whose health check failed is checked again. `plan`: as without --observed (not observed,
 * unknown, or not at its target and in service).
 */
export type Resume = { kind: 'skip' | 'restore-first'; runs: string; at: string } | { kind: 'plan' };

/** The observed members by cluster and name, looked up once each. */
export function observedIndex(observed: Observed | undefined): Map<string, ObservedMember> | undefined {
  if (!observed) return undefined;
  return new Map(observed.members.map((member) => [observedKey(member.cluster, member.name), member]));
}

/** The key of a member in observedIndex. */
export function observedKey(cluster: string, member: string): string {
  return `${cluster}\u0000${member}`;
}

/** A member's observed component, an own key only (observed.json is data: `constructor` is no component). */
function componentOf(member: ObservedMember, component: string): ObservedComponent | undefined {
  return Object.hasOwn(member.components, component) ? member.components[component] : undefined;
}

/** Whether an observed component is at a target: its pin, and the hold and cohort the manifest declares. */
export function atTarget(member: ObservedMember, component: string, target: ComponentState): boolean {
  const found = componentOf(member, component);
  if (found?.status !== 'found' || !runsPin(found, target)) return false;
  if (target.hold !== undefined && found.held !== target.hold) return false;
  if (target.cohort === true && !found.cohort) return false;
  return true;
}

/** What a replan does with one member's move of one component to its target. */
export function resumeOf(
  member: ObservedMember | undefined,
  component: string,
  target: ComponentState,
): Resume {
  if (member?.status !== 'answered') return { kind: 'plan' };
  const found = componentOf(member, component);
  if (!found || found.status === 'unknown' || found.status === 'unsupported') return { kind: 'plan' };
  const runs = describeObserved(found);
  const evacuated = member.service === 'Evacuated';
  // A member whose service status was not read (unknown) is not known to be in service: planned as without --observed.
  const inService = member.service === undefined || member.service === 'Online';
  if (inService && atTarget(member, component, target)) return { kind: 'skip', runs, at: member.at };
  return evacuated ? { kind: 'restore-first', runs, at: member.at } : { kind: 'plan' };
}
