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

const UNITS = { semver: 'minor version', tracks: 'track', calver: 'release' } as const;

/** What the finding says when no path of allowed steps leads to the target, by why. */
const NO_PATH = {
  closed: () => "No chain of upgrades leaves it; see the vendor's notes for how to move off it.",
  'too-far': (unit: string) =>
    `That is more than ${MAX_PATH_STOPS} ${unit}s away, too far for rollgate to chain steps to; check the version, and see the vendor's upgrade notes.`,
  'no-chain': () =>
    "No chain of allowed steps leads there with the versions the pack knows; see the vendor's upgrade notes.",
} as const;

/** `skew/jump`: an upgrade goes further in one step than the vendor supports. */
export const skewJump = defineRule({
  id: 'skew/jump',
  description:
    'Base to head jumps further than the pack allows; the message names the largest step and a path that passes.',
  severity: 'error',
  check(context) {
    for (const { change, from, to } of versionMoves(context)) {
      const policy = context.component(change.component);
      const scheme = context.scheme(change.component);
      if (!policy?.jump || !scheme) continue;
      if (jumpProblem(scheme, policy.jump, from, to) !== 'jump') continue;
      const unit = UNITS[policy.versioning.scheme];
      const distance = scheme.distance(from, to);
      const limit = jumpLimit(scheme, policy.jump, from, to);
      const allows = limit ? describeLimit(limit, unit) : describeJump(policy.jump, unit);
      const path = findUpgradePath(scheme, policy.jump, from, to);
      const via = path
        ? `Upgrade in steps instead: ${path.join(' -> ')}, one change for each.`
        : NO_PATH[noPathReason(scheme, policy.jump, from, to)](unit);
      context.report({
        path: changePath(context, change),
        atKey: true,
        ...changeSubject(change),
        message: `${change.component} ${from} -> ${to} in ${change.member ?? change.cluster} jumps ${distance} ${unit}${distance === 1 ? '' : 's'}; ${context.policy.pack.name} allows ${allows}. ${via}`,
      });
    }
  },
});
