import { endOf } from '../manifest/fleet.js';
import { moved } from './compare-change.js';
import { defineRule } from './types.js';

/**
 * `channel/eol`: a track or version past its end of life. One the base already ran there (a new revision of it
 * included), the change did not bring: a warning by default, as every finding already in the base; one the change
 * moves to is its own.
 */
export const channelEol = defineRule({
  id: 'channel/eol',
  description: 'A track or version is past its end of life (a warning when the base already ran it there).',
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
        const untouched =
          context.base !== undefined && context.versionOf(at.component, context.baseState(at)) === version;
        context.report({
          path: at.path,
          atKey: true,
          cluster: at.cluster.name,
          component: at.component,
          ...(at.member ? { member: at.member.name } : {}),
          // A new revision of the same version stays where it was; a move to another version past its end is the change's.
          ...(untouched ? { introduced: false } : moved(context, at) ? { introduced: true } : {}),
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
