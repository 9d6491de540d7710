import {
  describeJump,
  describeLimit,
  findUpgradePath,
  jumpLimit,
  jumpProblem,
  MAX_PATH_STOPS,
  noPathReason,
} from '../policy/upgrade-path.js';
import { changePath, changeSubject, versionMoves } from './compare-change.js';
import { defineRule } from './types.js';

/** The message when no path of allowed steps leads to the target, by why. */
const NO_PATH = { closed: 'jumpFromClosed', 'too-far': 'jumpTooFar', 'no-chain': 'jumpNoChain' } as const;

/** `skew/jump`: an upgrade goes further in one step than the vendor supports. */
export const skewJump = defineRule({
  id: 'skew/jump',
  description:
    'Base to head jumps further than the pack allows; the message names the largest step and a path that passes.',
  severity: 'error',
  messages: {
    jumpWithPath:
      '{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. Upgrade in steps instead: {{path}}, one change for each.',
    jumpFromClosed:
      "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. No chain of upgrades leaves it; see the vendor's notes for how to move off it.",
    jumpTooFar:
      "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. That is more than {{maxStops}} {{unit}}s away, too far for rollgate to chain steps to; check the version, and see the vendor's upgrade notes.",
    jumpNoChain:
      "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. No chain of allowed steps leads there with the versions the pack knows; see the vendor's upgrade notes.",
  },
  check(context) {
    for (const { change, from, to } of versionMoves(context)) {
      const policy = context.component(change.component);
      const scheme = context.scheme(change.component);
      if (!policy?.jump || !scheme) continue;
      if (jumpProblem(scheme, policy.jump, from, to) !== 'jump') continue;
      const unit = scheme.unit;
      const distance = scheme.distance(from, to);
      const limit = jumpLimit(scheme, policy.jump, from, to);
      const allows = limit ? describeLimit(limit, unit) : describeJump(policy.jump, unit);
      const path = findUpgradePath(scheme, policy.jump, from, to);
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        messageId: path ? 'jumpWithPath' : NO_PATH[noPathReason(scheme, policy.jump, from, to)],
        data: {
          component: change.component,
          from,
          to,
          where: change.member ?? change.cluster,
          distance: `${distance} ${unit}${distance === 1 ? '' : 's'}`,
          pack: context.policy.pack.name,
          allows,
          path: path?.join(' -> ') ?? '',
          maxStops: MAX_PATH_STOPS,
          unit,
        },
      });
    }
  },
});
