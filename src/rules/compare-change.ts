import type { Change, RuleContext } from './types.js';

/** A change of a component's comparable version, read by its scheme. */
export interface VersionMove {
  change: Change;
  from: string;
  to: string;
}

/** The changes whose base and head versions the pack's scheme can compare. */
export function versionMoves(context: RuleContext): VersionMove[] {
  const moves: VersionMove[] = [];
  for (const change of context.changes) {
    const from = context.versionOf(change.component, change.fromState);
    const to = context.versionOf(change.component, change.toState);
    if (from === undefined || to === undefined) continue;
    moves.push({ change, from, to });
  }
  return moves;
}

/** Where a change is written in the head manifest: the member's override or the cluster's component. */
export function changePath(context: RuleContext, change: Change): (string | number)[] {
  const cluster = context.head.fleet.clusters.find((c) => c.name === change.cluster);
  if (!cluster) return [];
  if (change.member) {
    const member = cluster.members.find((m) => m.name === change.member);
    if (member?.overrides?.[change.component]) return ['clusters', cluster.index, 'members', member.index, 'components', change.component];
    if (member) return ['clusters', cluster.index, 'members', member.index];
  }
  return ['clusters', cluster.index, 'components', change.component];
}

/** The fields of a finding that name what a change is about. */
export function changeSubject(change: Change) {
  return {
    cluster: change.cluster,
    component: change.component,
    ...(change.member ? { member: change.member } : {}),
  };
}
