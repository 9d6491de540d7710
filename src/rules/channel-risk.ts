import { changePath, changeSubject, introducedIfMoved } from './compare-change.js';
import { defineRule } from './types.js';

/** The risk of a channel (`3.6/edge` is edge); a channel without one is stable. */
function riskOf(channel: string): string {
  const slash = channel.indexOf('/');
  if (slash === -1) return 'stable';
  const next = channel.indexOf('/', slash + 1);
  return channel.slice(slash + 1, next === -1 ? undefined : next);
}

/**
 * `channel/risk`: only the risks the pack allows (MicroCloud and etcd: stable), both where a component goes
 * and where it comes from, since etcd supports no refresh from or to a non-stable channel.
 */
export const channelRisk = defineRule({
  id: 'channel/risk',
  description: "A channel's risk is not allowed, in the head or in the base a change refreshes from.",
  severity: 'error',
  messages: {
    riskNotAllowed:
      '{{component}} tracks {{channel}}, risk {{risk}}; {{pack}} allows {{allowed}} only, since no refresh to or from a pre-release risk is supported. Use {{track}}/{{suggested}}.',
    refreshFromRisk:
      '{{component}} in {{where}} refreshes from {{from}}, risk {{fromRisk}}, to {{to}}; {{pack}} supports no in-place refresh from a pre-release risk. Reinstall it out of place on {{to}}, or, if you accept the risk, lower channel/risk for {{component}} in the pack.',
  },
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      const risks = context.component(at.component)?.risks;
      const channel = at.state.channel;
      if (!risks || channel === undefined) continue;
      const risk = riskOf(channel);
      if (risks.includes(risk)) continue;
      const track = channel.split('/')[0];
      context.report({
        path: [...at.path, 'channel'],
        cluster: at.cluster.name,
        component: at.component,
        ...(at.member ? { member: at.member.name } : {}),
        // A refresh to a pre-release risk (a new revision on it included) is the change's own, whatever the base ran.
        ...introducedIfMoved(context, at),
        messageId: 'riskNotAllowed',
        data: {
          component: at.component,
          channel,
          risk,
          pack: context.policy.pack.name,
          allowed: risks.join(', '),
          track: track ?? '',
          suggested: risks[0] ?? '',
        },
      });
    }
    for (const change of context.changes) {
      const risks = context.component(change.component)?.risks;
      const from = change.fromState?.channel;
      const to = change.toState?.channel;
      // A head on a disallowed risk is reported above; this is the way off one, which is no in-place refresh either.
      if (!risks || from === undefined || to === undefined || !risks.includes(riskOf(to))) continue;
      if (risks.includes(riskOf(from))) continue;
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        // A refresh off a disallowed risk is a move, whatever the base's riskNotAllowed on the same subject says.
        introduced: true,
        messageId: 'refreshFromRisk',
        data: {
          component: change.component,
          where: change.member ?? change.cluster,
          from,
          fromRisk: riskOf(from),
          to,
          pack: context.policy.pack.name,
        },
      });
    }
  },
});
