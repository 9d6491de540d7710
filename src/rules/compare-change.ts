import { type Cluster, type Fleet, sameRun } from '../manifest/fleet.js';
import type { Change, RuleContext, StateAt } from './types.js';

/** A change of a component's comparable version, read by its scheme. */
export interface VersionMove {
  change: Change;
  from: string;
  to: string;
}

const movesOf = new WeakMap<readonly Change[], { policy: RuleContext['policy']; moves: VersionMove[] }>();

/** The changes whose base and head versions the pack's scheme can compare; worked out once for the rules that ask. */
export function versionMoves(context: RuleContext): VersionMove[] {
  const known = movesOf.get(context.changes);
  if (known?.policy === context.policy) return known.moves;
  const moves: VersionMove[] = [];
  for (const change of context.changes) {
    const from = context.versionOf(change.component, change.fromState);
    const to = context.versionOf(change.component, change.toState);
    if (from === undefined || to === undefined) continue;
    moves.push({ change, from, to });
  }
  movesOf.set(context.changes, { policy: context.policy, moves });
  return moves;
}

/** Where a change is written in the head manifest: the member's override or the cluster's component. */
export function changePath(context: RuleContext, change: Change): (string | number)[] {
  const cluster = clusterNamed(context.head.fleet, change.cluster);
  if (!cluster) return [];
  if (change.member) {
    const member = cluster.members.find((m) => m.name === change.member);
    if (member?.overrides?.[change.component])
      return ['clusters', cluster.index, 'members', member.index, 'components', change.component];
    if (member) return ['clusters', cluster.index, 'members', member.index];
  }
  return ['clusters', cluster.index, 'components', change.component];
}

const clustersByName = new WeakMap<Fleet, Map<string, Cluster>>();

/** A fleet's cluster by name, through an index built once per fleet (a search per finding is slow at thousands of clusters). */
function clusterNamed(fleet: Fleet, name: string): Cluster | undefined {
  let byName = clustersByName.get(fleet);
  if (!byName) {
    byName = new Map();
    // The first of two clusters with one name, as a search would find.
    for (const cluster of fleet.clusters) if (!byName.has(cluster.name)) byName.set(cluster.name, cluster);
    clustersByName.set(fleet, byName);
  }
  return byName.get(name);
}

/** The fields of a finding that name what a change is about. */
export function changeSubject(change: Change) {
  return {
    cluster: change.cluster,
    component: change.component,
    ...(change.member ? { member: change.member } : {}),
  };
}

/** Whether the change moves a head state: the base runs something else there, or nothing; false without a base. */
export function moved(context: RuleContext, at: StateAt): boolean {
  return context.base !== undefined && !sameRun(context.baseState(at), at.state);
}

/** A report's `introduced: true` when the change moves the head state it is about (see `Report.introduced`). */
export function introducedIfMoved(context: RuleContext, at: StateAt): { introduced?: true } {
  return moved(context, at) ? { introduced: true } : {};
}
