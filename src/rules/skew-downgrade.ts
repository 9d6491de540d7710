import { changePath, changeSubject, versionMoves } from './compare-change.js';
import { defineRule } from './types.js';

/** `skew/downgrade`: head runs an older version (or an older revision of the same channel) than base. */
export const skewDowngrade = defineRule({
  id: 'skew/downgrade',
  description: 'Head is older than base: an older version, or a lower revision on the same channel.',
  severity: 'error',
  messages: {
    olderVersion:
      '{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.',
    olderRevision:
      '{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.',
  },
  check(context) {
    for (const { change, from, to } of versionMoves(context)) {
      const scheme = context.scheme(change.component);
      if (!scheme) continue;
      const order = scheme.compare(from, to);
      const older = order > 0;
      const olderRevision =
        order === 0 &&
        change.fromState?.channel !== undefined &&
        change.fromState.channel === change.toState?.channel &&
        (change.toState?.revision ?? 0) < (change.fromState.revision ?? 0);
      if (!older && !olderRevision) continue;
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        messageId: older ? 'olderVersion' : 'olderRevision',
        data: {
          component: change.component,
          from: older ? from : (change.from ?? ''),
          to: older ? to : (change.to ?? ''),
          where: change.member ?? change.cluster,
        },
      });
    }
  },
});
