// The states a rollout passes through. The planner moves one component at a time (a stage), member by member, so
// between a cluster's base and head there are states that neither shows: some components and members moved, others
// not. The vendors state their rules over those states too (Kubernetes' skew policy, OpenStack's service order), so
// this module finds an order of a cluster's moves in which every such state keeps the pack's skew, `requires` and,
// for a strict order, the order itself; or it names the first state that breaks one, and how to split the change.
//
// Every limit is between two components' cells (a component on a member), so whether one order of stages passes
// depends only on which of each two components moves first: a stage moves one component, and each of its members'
// moves meets the other components where they stand. The pack's order is tried first, in one pass; only when it
// fails (and the order is not strict) are pairs of components compared, and the first component in the pack's
// order that may go before all the others left goes next. That finds an order whenever one exists, in a number of
// steps bounded by the square of the cluster's components.
//
// The parts: types.ts (the public shapes), setting.ts (the change as tracks of cells), limits.ts (the pack's limits
// and the verdict on a pair), walk.ts (one order, move by move), reorder.ts (the search for an order that passes),
// split.ts (the advice to split a change no order passes).
import { type Cluster, memberState } from '../../manifest/fleet.js';
import type { Policy } from '../pack.js';
import { aheadOfPack, behindOf, solve } from './reorder.js';
import { orderOf, settingOf } from './setting.js';
import { findSplit } from './split.js';
import type { ClusterMove, Transition } from './types.js';

export { orderOf, versionOf } from './setting.js';
export type { Breach, ClusterMove, LimitKind, SplitMove, Transition } from './types.js';

/**
 * Finds the order in which the planner moves a cluster's components so that every state between base and head keeps
 * the pack's limits: the pack's order when it does (one pass over the moves), else, unless the pack's order is
 * strict, the closest order that does; when none does, the first state of the pack's order that breaks a limit and
 * how to split the change.
 */
export function planTransition(policy: Policy, move: ClusterMove): Transition {
  const setting = settingOf(policy, move);
  const packOrder = orderOf(policy.pack, move.components);
  const found = solve(setting, packOrder);
  if (!found.breach) return { ok: true, order: packOrder };
  const { breach } = found;
  if (found.order) {
    const moving = (name: string) => setting.tracks.get(name)?.moves === true;
    const ahead = aheadOfPack(packOrder, found.order).filter(moving);
    const behind = behindOf(packOrder, found.order, ahead).filter(moving);
    return {
      ok: true,
      order: found.order,
      reordered: {
        ahead,
        breach,
        text: `${ahead.join(', ')} ${ahead.length === 1 ? 'moves' : 'move'} before ${behind.join(', ')} in ${move.cluster}, against the ${policy.pack.name} pack's order: in that order, ${breach.text}.`,
      },
    };
  }
  const split = breach.always ? undefined : findSplit(policy, move, breach);
  return { ok: false, order: packOrder, breach, ...(split ? { split } : {}) };
}

/** A cluster's change as check and plan read it: each head member's state, and the same member's in the base. */
export function clusterMove(head: Cluster, base: Cluster | undefined): ClusterMove {
  const baseMembers = new Map(base?.members.map((member) => [member.name, member]) ?? []);
  const components = new Set(Object.keys(head.components));
  for (const cluster of base ? [head, base] : [head]) {
    for (const name of Object.keys(cluster.components)) components.add(name);
    for (const member of cluster.members)
      if (member.overrides) for (const name of Object.keys(member.overrides)) components.add(name);
  }
  return {
    cluster: head.name,
    members: head.members,
    components: [...components],
    base: (component, index) => {
      const member = head.members[index];
      const before = member && base ? baseMembers.get(member.name) : undefined;
      return before && base ? memberState(base, before, component) : undefined;
    },
    head: (component, index) => {
      const member = head.members[index];
      return member ? memberState(head, member, component) : undefined;
    },
  };
}
