import type { MessageData } from '../messages.js';
import type { Policy } from '../policy/pack.js';
import { clusterMove, planTransition, type Transition } from '../policy/transition/index.js';
import { jumpProblem } from '../policy/upgrade-path.js';
import { versionMoves } from './compare-change.js';
import { defineRule } from './types.js';

/**
 * `order/transition`: the rollout of a change passes through states that neither base nor head shows (one component,
 * one member at a time), and some change has no order of its moves in which every such state keeps the pack's skew,
 * `requires` and strict order. The planner orders by the same module, so what this rule passes, `rollgate plan` orders.
 */
export const orderTransition = defineRule({
  id: 'order/transition',
  description:
    "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change.",
  severity: 'error',
  messages: {
    strictOrderBroken:
      "The {{pack}} pack's order is strict ({{order}}), and {{cluster}} would break it: {{state}}. Move {{earlier}} to {{version}} or later in this change or before it, or {{later}} no further than {{earlier}}.",
    noOrderSplit:
      "No order of the moves in {{cluster}} keeps every state within the {{pack}} pack's limits. {{orders}}, the first state that breaks one: {{state}}. Split the change: first move {{first}} in {{cluster}} in a change of its own, then the rest of this one.",
    noOrder:
      "No order of the moves in {{cluster}} keeps every state within the {{pack}} pack's limits. {{orders}}, the first state that breaks one: {{state}}. Split the change: move {{moved}} and {{other}} in smaller steps, one change each, so that each state keeps the limit.",
  },
  check(context) {
    if (!context.base) return;
    const moved = new Set(context.changes.map((change) => change.cluster));
    if (moved.size === 0) return;
    // A cluster with a move the jump rules refuse (a downgrade, a jump too far, another major version) is to be
    // changed anyway, and those findings say how: the states between a base and a head that cannot be are moot.
    for (const { change, from, to } of versionMoves(context)) {
      const rule = refusedBy(context.policy, change.component, from, to);
      if (rule && severityOf(context.policy, rule, change.component) === 'error')
        moved.delete(change.cluster);
    }
    for (const cluster of context.head.fleet.clusters) {
      if (!moved.has(cluster.name)) continue;
      moved.delete(cluster.name);
      const transition = planTransition(
        context.policy,
        clusterMove(cluster, context.baseCluster(cluster.name)),
      );
      if (transition.ok) continue;
      const { component } = transition.breach;
      const own = Object.hasOwn(cluster.components, component);
      const member = own ? undefined : cluster.members.find((m) => m.overrides?.[component]);
      context.report({
        path: member
          ? ['clusters', cluster.index, 'members', member.index, 'components', component]
          : ['clusters', cluster.index, 'components', component],
        atKey: true,
        cluster: cluster.name,
        component,
        ...(member ? { member: member.name } : {}),
        ...transitionMessage(context.policy, cluster.name, transition),
      });
    }
  },
});

/** What order/transition says of a change with no order, as a message id and its data; `rollgate plan` notes the same. */
export function transitionMessage(
  policy: Policy,
  cluster: string,
  transition: Extract<Transition, { ok: false }>,
): { messageId: keyof typeof orderTransition.messages; data: MessageData } {
  const { pack } = policy;
  const { breach, split } = transition;
  const order = pack.order.join(', ');
  const base = { cluster, pack: pack.name, order, state: breach.text };
  if (breach.always) {
    return {
      messageId: 'strictOrderBroken',
      data: {
        ...base,
        earlier: breach.target.component,
        later: breach.subject.component,
        version: breach.subject.version ?? '',
      },
    };
  }
  const orders = pack.strictOrder
    ? `In the pack's order, which is strict (${order})`
    : "In the pack's order (every other order meets such a state too)";
  if (split) {
    return {
      messageId: 'noOrderSplit',
      data: { ...base, orders, first: split.map((move) => `${move.component} to ${move.to}`).join(' and ') },
    };
  }
  const other =
    breach.component === breach.subject.component ? breach.target.component : breach.subject.component;
  return { messageId: 'noOrder', data: { ...base, orders, moved: breach.component, other } };
}

/** The rule that refuses a move by itself, if one does: skew/downgrade, skew/major or skew/jump. */
function refusedBy(policy: Policy, component: string, from: string, to: string): string | undefined {
  const scheme = policy.schemes.get(component);
  if (!scheme) return undefined;
  if (scheme.compare(from, to) > 0) return 'skew/downgrade';
  const jump = Object.hasOwn(policy.pack.components, component)
    ? policy.pack.components[component]?.jump
    : undefined;
  const problem = jump ? jumpProblem(scheme, jump, from, to) : null;
  return problem === 'major' ? 'skew/major' : problem === 'jump' ? 'skew/jump' : undefined;
}

/** A rule's severity for a component, as the pack sets it (the jump rules are errors unless it says otherwise). */
function severityOf(policy: Policy, rule: string, component: string): string {
  const severities = (rules: object | undefined) => rules as Record<string, string> | undefined;
  const own = Object.hasOwn(policy.pack.components, component)
    ? severities(policy.pack.components[component]?.rules)?.[rule]
    : undefined;
  return own ?? severities(policy.pack.rules)?.[rule] ?? 'error';
}
