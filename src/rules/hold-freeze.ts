import { endOf, startOf } from '../manifest/fleet.js';
import { changePath, changeSubject } from './compare-change.js';
import { defineRule } from './types.js';

/** `hold/freeze`: no version changes while a declared freeze is on. */
export const holdFreeze = defineRule({
  id: 'hold/freeze',
  description: 'Versions change during a declared freeze.',
  severity: 'error',
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
        message: `${change.component} in ${change.member ?? change.cluster} changes (${change.from ?? 'new'} -> ${change.to ?? 'removed'}) during the freeze from ${freeze.from} to ${freeze.to}${freeze.reason ? ` (${freeze.reason})` : ''}. Merge it after ${freeze.to}.`,
      });
    }
  },
});
