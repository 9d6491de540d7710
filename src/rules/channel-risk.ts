import { changePath, changeSubject } from './compare-change.js';
import { defineRule } from './types.js';

/** The risk of a channel (`3.6/edge` is edge); a channel without one is stable. */
function riskOf(channel: string): string {
  return channel.split('/')[1] ?? 'stable';
}

/**
 * `channel/risk`: only the risks the pack allows (MicroCloud and etcd: stable), both where a component goes
 * and where it comes from, since etcd supports no refresh from or to a non-stable channel.
 */
export const channelRisk = defineRule({
  id: 'channel/risk',
  description: "A channel's risk is not allowed, in the head or in the base a change refreshes from.",
  severity: 'error',
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
        message: `${at.component} tracks ${channel}, risk ${risk}; ${context.policy.pack.name} allows ${risks.join(', ')} only, since no refresh to or from a pre-release risk is supported. Use ${track}/${risks[0]}.`,
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
        message: `${change.component} in ${change.member ?? change.cluster} refreshes from ${from}, risk ${riskOf(from)}, to ${to}; ${context.policy.pack.name} supports no in-place refresh from a pre-release risk. Reinstall it out of place on ${to}, or, if you accept the risk, lower channel/risk for ${change.component} in the pack.`,
      });
    }
  },
});
