import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  loadNamedPack
} from "./chunk-JNZWN4BN.js";
import "./chunk-WYT27V7G.js";
import "./chunk-U5LBE3R7.js";
import {
  RollgateError,
  describeJump,
  describeLimit,
  findUpgradePath,
  jumpLimit,
  noPathReason
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/path-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function upgradePathAnswer(policy, component, from, to) {
  let pack = policy.pack, spec = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0, scheme = policy.schemes.get(component);
  if (!spec || !scheme)
    throw new RollgateError(
      `The ${pack.name} pack has no component ${JSON.stringify(component)}; it has ${pack.order.join(", ")}.`
    );
  for (let version of [from, to])
    if (!scheme.isValid(version))
      throw new RollgateError(
        `${JSON.stringify(version)} is not a ${component} version the ${pack.name} pack can read (${scheme.name}).${scheme.known}`
      );
  let jump = spec.jump, allowed = jump ? describeJump(jump, scheme.unit) : "any distance at once", answer = { pack: pack.name, component, from, to, allowed }, order = scheme.compare(from, to);
  if (order > 0)
    return {
      ...answer,
      path: null,
      reason: `${to} is older than ${from}, and ${pack.name} supports no in-place downgrade (skew/downgrade); going back means restoring what was backed up before the upgrade.`
    };
  if (order === 0) return { ...answer, path: [from], reason: null };
  if (!jump) return { ...answer, path: [from, to], reason: null };
  if (jump.major === "forbid" && scheme.family(from) !== scheme.family(to))
    return {
      ...answer,
      path: null,
      reason: `${from} -> ${to} changes the major version (${scheme.family(from)} to ${scheme.family(to)}), which ${pack.name} does not upgrade in place (skew/major); migrate out of place instead.`
    };
  let found = findUpgradePath(scheme, jump, from, to);
  if (found) return { ...answer, path: found, reason: null };
  let why = noPathReason(scheme, jump, from, to), limit = jumpLimit(scheme, jump, from, to), reason = why === "closed" && limit ? `${pack.name} allows ${describeLimit(limit, "step")} (skew/jump).` : why === "too-far" ? `${from} and ${to} are more than ${256} steps apart, too far for rollgate to chain upgrades; check the versions (skew/jump).` : `No chain of upgrades of ${allowed} leads from ${from} to ${to} through the versions the ${pack.name} pack knows (skew/jump).`;
  return { ...answer, path: null, reason };
}
function renderUpgradePath(answer) {
  if (!answer.path)
    return `No upgrade path for ${answer.component} from ${answer.from} to ${answer.to}: ${answer.reason}
`;
  if (answer.path.length === 1)
    return `${answer.from}
${answer.component} is at ${answer.to} already; there is nothing to upgrade.
`;
  let upgrades = answer.path.length - 1;
  return `${answer.path.join(" -> ")}
${upgrades} upgrade${upgrades === 1 ? "" : "s"}, one change each: the ${answer.pack} pack lets ${answer.component} move ${answer.allowed}.
`;
}
async function pathCommand(values, io, positionals) {
  if (typeof values.pack != "string")
    throw new RollgateError(
      "--pack is required: the pack whose rules the path follows, for example --pack microshift."
    );
  if (positionals.length !== 3)
    throw new RollgateError(
      `path takes a component and two versions, for example rollgate path --pack microshift microshift 4.14 4.18; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let format = String(values.format ?? "text");
  if (format !== "text" && format !== "json")
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of text, json.`);
  let [component, from, to] = positionals, policy = await loadNamedPack(io.cwd, values.pack, String(values.policies ?? "policies")), answer = upgradePathAnswer(policy, component, from, to);
  return io.stdout(format === "json" ? `${JSON.stringify(answer, null, 2)}
` : renderUpgradePath(answer)), answer.path ? 0 : 1;
}
export {
  pathCommand,
  renderUpgradePath,
  upgradePathAnswer
};
