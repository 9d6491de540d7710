import { changePath, changeSubject, versionMoves } from './compare-change.js';
import { defineRule } from './types.js';

/** `skew/major`: an upgrade crosses a major version or track family the vendor does not upgrade in place. */
export const skewMajor = defineRule({
  id: 'skew/major',
  description: 'The major version or track family changes where the pack forbids in-place major upgrades.',
  severity: 'error',
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
        message: `${change.component} ${from} -> ${to} in ${change.member ?? change.cluster} changes the major version (${scheme.family(from)} to ${scheme.family(to)}); ${context.policy.pack.name} supports no in-place major upgrade. Stay on ${scheme.family(from)}.x, or migrate out of place.`,
      });
    }
  },
});
