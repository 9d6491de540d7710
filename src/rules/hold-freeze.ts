import { endOf, startOf } from '../manifest/fleet.js';
import { changePath, changeSubject } from './compare-change.js';
import { defineRule } from './types.js';

/** `hold/freeze`: no version changes while a declared freeze is on. */
export const holdFreeze = defineRule({
  id: 'hold/freeze',
  description: 'Versions change during a declared freeze.',
  severity: 'error',
  messages: {
    changeDuringFreeze:
      '{{component}} in {{where}} changes ({{from}} -> {{to}}) during the freeze from {{start}} to {{end}}{{reason}}. Merge it after {{end}}.',
  },
  check(context) {
    const now = context.now.getTime();
    const freeze = context.head.fleet.freeze.find(
      (f) => Date.parse(startOf(f.from)) <= now && now <= Date.parse(endOf(f.to)),
    );
    if (!freeze) return;
    for (const change of context.changes) {
      if (change.to === change.from) continue;
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        messageId: 'changeDuringFreeze',
        data: {
          component: change.component,
          where: change.member ?? change.cluster,
          from: change.from ?? 'new',
          to: change.to ?? 'removed',
          start: freeze.from,
          end: freeze.to,
          reason: freeze.reason ? ` (${freeze.reason})` : '',
        },
      });
    }
  },
});
