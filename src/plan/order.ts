// The order of a cluster's stages: the pack's, unless a state between base and head would break its skew or
// `requires` and another order keeps them all (kubelets that lag go first). `order/transition` judges by the same
// module, so what check passes, the plan orders; what has no such order, check fails.
import type { Cluster } from '../manifest/fleet.js';
import { formatMessage } from '../messages.js';
import { clusterMove, planTransition } from '../policy/transition/index.js';
import { orderTransition, transitionMessage } from '../rules/order-transition.js';
import type { ClusterFound, Draft, PlanContext } from './context.js';

/**
 * Puts a cluster's drafts in the order the transition module finds; the stages moved ahead of the pack's order say
 * why. A change with no such order (planned with --force) keeps the pack's order, with the check's words in a note.
 */
export function orderDrafts(
  context: PlanContext,
  cluster: Cluster,
  drafts: Draft[],
  found: ClusterFound,
): void {
  // Without a base there are no states between to judge, as for the check.
  if (!context.base || drafts.length === 0) return;
  const transition = planTransition(
    context.policy,
    clusterMove(cluster, context.baseClusters.get(cluster.name)?.cluster),
  );
  if (!transition.ok) {
    const { messageId, data } = transitionMessage(context.policy, cluster.name, transition);
    found.notes.push(
      `${formatMessage(orderTransition.messages[messageId], data)} (order/transition: the stages of ${cluster.name} follow the pack's order.)`,
    );
    return;
  }
  if (!transition.reordered) return;
  const { ahead, text } = transition.reordered;
  const rank = new Map(transition.order.map((name, index) => [name, index]));
  const last = Number.MAX_SAFE_INTEGER;
  drafts.sort((a, b) => (rank.get(a.component) ?? last) - (rank.get(b.component) ?? last));
  for (const draft of drafts) if (ahead.includes(draft.component)) draft.orderReason = text;
}
