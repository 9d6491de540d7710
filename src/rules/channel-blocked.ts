import { introducedIfMoved } from './compare-change.js';
import { defineRule } from './types.js';

/** `channel/blocked`: a version, channel or revision the pack lists as known-bad. */
export const channelBlocked = defineRule({
  id: 'channel/blocked',
  description: "A version or revision is on the pack's known-bad list (with the reason the pack gives).",
  severity: 'error',
  messages: {
    blocked:
      '{{component}} {{what}} is on the known-bad list of {{pack}}: {{reason}} Pick another version or revision.',
  },
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      const blocked = context.component(at.component)?.blocked;
      const scheme = context.scheme(at.component);
      if (!blocked || !scheme) continue;
      const version = context.versionOf(at.component, at.state);
      for (const entry of blocked) {
        if (entry.version !== undefined) {
          const own = at.state.version ?? version;
          if (own === undefined) continue;
          if (own !== entry.version && !(scheme.isValid(own) && scheme.matches(own, entry.version))) continue;
        }
        if (entry.channel !== undefined && at.state.channel !== entry.channel) continue;
        if (entry.revision !== undefined && at.state.revision !== entry.revision) continue;
        const what = [
          entry.version,
          entry.channel,
          entry.revision !== undefined ? `revision ${entry.revision}` : undefined,
        ]
          .filter(Boolean)
          .join(' ');
        context.report({
          path: at.path,
          atKey: true,
          cluster: at.cluster.name,
          component: at.component,
          ...(at.member ? { member: at.member.name } : {}),
          // Refreshing onto a known-bad version or revision is the change's own, whatever the base ran.
          ...introducedIfMoved(context, at),
          messageId: 'blocked',
          data: { component: at.component, what, pack: context.policy.pack.name, reason: entry.reason },
        });
      }
    }
  },
});
