import { defineRule } from './types.js';

/** `channel/risk`: only the risks the pack allows (MicroCloud and etcd: stable). */
export const channelRisk = defineRule({
  id: 'channel/risk',
  description: "A channel's risk is not allowed.",
  severity: 'error',
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      const risks = context.component(at.component)?.risks;
      const channel = at.state.channel;
      if (!risks || channel === undefined) continue;
      const risk = channel.split('/')[1] ?? 'stable';
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
  },
});
