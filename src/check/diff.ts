import { type Cluster, type ComponentState, describeState, type Fleet, sameRun } from '../manifest/fleet.js';
import type { Change } from '../rules/types.js';

/** The changes from base to head: per cluster and component, and per member whose own state moves differently. */
export function diffFleets(base: Fleet, head: Fleet): Change[] {
  const changes: Change[] = [];
  const baseClusters = new Map(base.clusters.map((c) => [c.name, c]));
  for (const cluster of head.clusters) {
    const before = baseClusters.get(cluster.name);
    // The base's components first, then those only the head has: the order a set of both names would give.
    const baseComponents = before?.components ?? {};
    for (const component in baseComponents) {
      const fromState = baseComponents[component];
      const toState = cluster.components[component];
      if (!sameRun(fromState, toState))
        changes.push(change(cluster.name, component, undefined, fromState, toState));
    }
    for (const component in cluster.components) {
      if (Object.hasOwn(baseComponents, component)) continue;
      const toState = cluster.components[component];
      if (!sameRun(undefined, toState))
        changes.push(change(cluster.name, component, undefined, undefined, toState));
    }
    // Only members with an override, in base or head, can move differently from their cluster.
    const baseOverriding =
      before?.members.some((m) => m.overrides) === true
        ? new Map(before.members.filter((m) => m.overrides).map((m) => [m.name, m]))
        : undefined;
    for (const member of cluster.members) {
      const beforeMember = baseOverriding?.get(member.name);
      if (!member.overrides && !beforeMember) continue;
      const overridden = new Set([
        ...Object.keys(member.overrides ?? {}),
        ...Object.keys(beforeMember?.overrides ?? {}),
      ]);
      for (const component of overridden) {
        const fromState = before
          ? merged(before, beforeMember?.overrides?.[component], component)
          : undefined;
        const toState = merged(cluster, member.overrides?.[component], component);
        const clusterFrom = before?.components[component];
        const clusterTo = cluster.components[component];
        if (sameRun(fromState, toState)) continue;
        if (sameRun(fromState, clusterFrom) && sameRun(toState, clusterTo)) continue;
        changes.push(change(cluster.name, component, member.name, fromState, toState));
      }
    }
  }
  return changes;
}

function merged(
  cluster: Cluster,
  own: ComponentState | undefined,
  component: string,
): ComponentState | undefined {
  const shared = cluster.components[component];
  if (!own) return shared;
  return shared ? { ...shared, ...own } : own;
}

function change(
  cluster: string,
  component: string,
  member: string | undefined,
  fromState?: ComponentState,
  toState?: ComponentState,
): Change {
  return {
    cluster,
    component,
    ...(member ? { member } : {}),
    from: fromState ? describeState(fromState) : null,
    to: toState ? describeState(toState) : null,
    ...(fromState ? { fromState } : {}),
    ...(toState ? { toState } : {}),
  };
}
