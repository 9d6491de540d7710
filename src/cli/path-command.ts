import { RollgateError } from '../findings.js';
import { loadNamedPack } from '../io/packs.js';
import type { Policy } from '../policy/pack.js';
import {
  describeJump,
  describeLimit,
  findUpgradePath,
  jumpLimit,
  MAX_PATH_STOPS,
  noPathReason,
} from '../policy/upgrade-path.js';
import type { CliIo } from './io.js';

/** The answer of `rollgate path`: the chain of upgrades that passes the pack's rules, or why there is none. */
export interface UpgradePathAnswer {
  pack: string;
  component: string;
  from: string;
  to: string;
  /** Both ends included; null when no chain of allowed upgrades leads there. */
  path: string[] | null;
  /** How far one upgrade may go, in words. */
  allowed: string;
  /** Why there is no path; null when there is one. */
  reason: string | null;
}

/** Works out the upgrade path of one component between two versions by a pack's rules; throws when the input is not usable. */
export function upgradePathAnswer(
  policy: Policy,
  component: string,
  from: string,
  to: string,
): UpgradePathAnswer {
  const pack = policy.pack;
  const spec = Object.hasOwn(pack.components, component) ? pack.components[component] : undefined;
  const scheme = policy.schemes.get(component);
  if (!spec || !scheme) {
    throw new RollgateError(
      `The ${pack.name} pack has no component ${JSON.stringify(component)}; it has ${pack.order.join(', ')}.`,
    );
  }
  for (const version of [from, to]) {
    if (!scheme.isValid(version)) {
      throw new RollgateError(
        `${JSON.stringify(version)} is not a ${component} version the ${pack.name} pack can read (${scheme.name}).${scheme.known}`,
      );
    }
  }
  const jump = spec.jump;
  const allowed = jump ? describeJump(jump, scheme.unit) : 'any distance at once';
  const answer = { pack: pack.name, component, from, to, allowed };
  const order = scheme.compare(from, to);
  if (order > 0) {
    return {
      ...answer,
      path: null,
      reason: `${to} is older than ${from}, and ${pack.name} supports no in-place downgrade (skew/downgrade); going back means restoring what was backed up before the upgrade.`,
    };
  }
  if (order === 0) return { ...answer, path: [from], reason: null };
  if (!jump) return { ...answer, path: [from, to], reason: null };
  if (jump.major === 'forbid' && scheme.family(from) !== scheme.family(to)) {
    return {
      ...answer,
      path: null,
      reason: `${from} -> ${to} changes the major version (${scheme.family(from)} to ${scheme.family(to)}), which ${pack.name} does not upgrade in place (skew/major); migrate out of place instead.`,
    };
  }
  const found = findUpgradePath(scheme, jump, from, to);
  if (found) return { ...answer, path: found, reason: null };
  const why = noPathReason(scheme, jump, from, to);
  const limit = jumpLimit(scheme, jump, from, to);
  const reason =
    why === 'closed' && limit
      ? `${pack.name} allows ${describeLimit(limit, 'step')} (skew/jump).`
      : why === 'too-far'
        ? `${from} and ${to} are more than ${MAX_PATH_STOPS} steps apart, too far for rollgate to chain upgrades; check the versions (skew/jump).`
        : `No chain of upgrades of ${allowed} leads from ${from} to ${to} through the versions the ${pack.name} pack knows (skew/jump).`;
  return { ...answer, path: null, reason };
}

/** The answer for a person: the path on one line, then what it rests on. */
export function renderUpgradePath(answer: UpgradePathAnswer): string {
  if (!answer.path)
    return `No upgrade path for ${answer.component} from ${answer.from} to ${answer.to}: ${answer.reason}\n`;
  if (answer.path.length === 1)
    return `${answer.from}\n${answer.component} is at ${answer.to} already; there is nothing to upgrade.\n`;
  const upgrades = answer.path.length - 1;
  return `${answer.path.join(' -> ')}\n${upgrades} upgrade${upgrades === 1 ? '' : 's'}, one change each: the ${answer.pack} pack lets ${answer.component} move ${answer.allowed}.\n`;
}

/** `rollgate path`: prints the upgrade path that passes the pack's rules. Exit 0 a path; 1 none; 2 could not run. */
export async function pathCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  positionals: string[],
): Promise<number> {
  if (typeof values.pack !== 'string')
    throw new RollgateError(
      '--pack is required: the pack whose rules the path follows, for example --pack microshift.',
    );
  if (positionals.length !== 3) {
    throw new RollgateError(
      `path takes a component and two versions, for example rollgate path --pack microshift microshift 4.14 4.18; it got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`,
    );
  }
  const format = String(values.format ?? 'text');
  if (format !== 'text' && format !== 'json')
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of text, json.`);
  const [component, from, to] = positionals as [string, string, string];
  const policy = await loadNamedPack(io.cwd, values.pack, String(values.policies ?? 'policies'));
  const answer = upgradePathAnswer(policy, component, from, to);
  io.stdout(format === 'json' ? `${JSON.stringify(answer, null, 2)}\n` : renderUpgradePath(answer));
  return answer.path ? 0 : 1;
}
