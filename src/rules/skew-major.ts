import { changePath, changeSubject, versionMoves } from './compare-change.js';
import { defineRule } from './types.js';

/** `skew/major`: an upgrade crosses a major version or track family the vendor does not upgrade in place. */
export const skewMajor = defineRule({
  id: 'skew/major',
  description: 'The major version or track family changes where the pack forbids in-place major upgrades.',
  severity: 'error',
  messages: {
    majorChange:
      '{{component}} {{from}} -> {{to}} in {{where}} changes the major version ({{fromFamily}} to {{toFamily}}); {{pack}} supports no in-place major upgrade. Stay on {{fromFamily}}.x, or migrate out of place.',
  },
  check(context) {
    for (const { change, from, to } of versionMoves(context)) {
      const policy = context.component(change.component);
      const scheme = context.scheme(change.component);
      if (policy?.jump?.major !== 'forbid' || !scheme) continue;
      if (scheme.family(from) === scheme.family(to)) continue;
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        messageId: 'majorChange',
        data: {
          component: change.component,
          from,
          to,
          where: change.member ?? change.cluster,
          fromFamily: scheme.family(from),
          toFamily: scheme.family(to),
          pack: context.policy.pack.name,
        },
      });
    }
  },
});
