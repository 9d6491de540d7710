import { endOf } from '../manifest/fleet.js';
import { defineRule } from './types.js';

/** `channel/eol`: a track or version past its end of life; staying on one the change did not touch is a warning. */
export const channelEol = defineRule({
  id: 'channel/eol',
  description:
    'A track or version is past its end of life (a warning when the change did not move it there).',
  severity: 'error',
  messages: {
    pastEndOfLife:
      '{{component}} {{version}} reached its end of life on {{date}}{{note}}; it gets no more fixes. Choose a supported version instead, or plan the upgrade off it.',
    alreadyPastEndOfLife:
      '{{component}} {{version}} reached its end of life on {{date}}{{note}}; it gets no more fixes. It was already there before this change; plan the upgrade off it.',
  },
  check(context) {
    for (const at of context.states(context.head.fleet)) {
      const entries = context.component(at.component)?.eol;
      const scheme = context.scheme(at.component);
      const version = context.versionOf(at.component, at.state);
      if (!entries || !scheme || version === undefined) continue;
      for (const entry of entries) {
        if (!scheme.matches(version, entry.version)) continue;
        if (context.now.getTime() <= Date.parse(endOf(entry.date))) continue;
        const baseCluster = context.baseCluster(at.cluster.name);
        const baseState = at.member ? undefined : baseCluster?.components[at.component];
        const untouched = baseState !== undefined && context.versionOf(at.component, baseState) === version;
        context.report({
          path: at.path,
          atKey: true,
          cluster: at.cluster.name,
          component: at.component,
          ...(at.member ? { member: at.member.name } : {}),
          soften: untouched,
          messageId: untouched ? 'alreadyPastEndOfLife' : 'pastEndOfLife',
          data: {
            component: at.component,
            version,
            date: entry.date,
            note: entry.note ? ` (${entry.note})` : '',
          },
        });
      }
    }
  },
});
