import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  loadNamedPack,
  shownPath
} from "./chunk-JNZWN4BN.js";
import {
  readText
} from "./chunk-WYT27V7G.js";
import "./chunk-U5LBE3R7.js";
import {
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/init-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { constants } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";

// src/edit/starter.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var FLEET_SCHEMA_URL = "https://raw.githubusercontent.com/rollgate/rollgate/v0.1.0/schemas/fleet.schema.json";
function starterManifest(policy, options) {
  let pack = policy.pack, choices = chooseVersions(policy), single = pack.members?.max === 1, roles = Object.values(pack.components).some((c) => c.rollout?.roles !== void 0), pinsChannels = Object.values(pack.components).some((c) => c.versioning.source === "track"), lines = [
    `# yaml-language-server: $schema=${options.schema ?? FLEET_SCHEMA_URL}`,
    `# A starter fleet for the ${pack.name} pack, written by rollgate init. Replace the cluster and member names,`,
    pinsChannels ? "# and the versions, channels and revisions, with what your clusters run (a revision from `snap list` or `juju status`)," : "# and the versions with what your clusters run,",
    "# then check it: rollgate check --head fleet.yaml",
    "apiVersion: rollgate/v1",
    "kind: Fleet",
    `policy: ${options.packName}`,
    "# The promotion order: a version reaches production only once staging runs it.",
    "waves: [staging, production]",
    "clusters:"
  ], width = Math.max(...pack.order.map((name) => name.length)) + 1;
  for (let wave of ["staging", "production"]) {
    lines.push(`  - name: ${wave}`, `    wave: ${wave}`, "    members:");
    for (let member of members(wave, single, roles)) lines.push(`      - ${member}`);
    lines.push("    components:");
    for (let name of pack.order) {
      let choice = choices.get(name);
      choice && lines.push(`      ${`${name}:`.padEnd(width)} ${stateOf(choice)}`);
    }
  }
  return `${lines.join(`
`)}
`;
}
function members(cluster, single, roles) {
  return single ? [`${cluster}-1`] : roles ? [
    `{ name: ${cluster}-control-1, role: control }`,
    `{ name: ${cluster}-worker-1, role: worker }`,
    `{ name: ${cluster}-worker-2, role: worker }`
  ] : [`${cluster}-1`, `${cluster}-2`, `${cluster}-3`];
}
function stateOf({ version, spec }) {
  let fields = [];
  return spec.versioning.source === "track" ? fields.push(`channel: ${version}/${spec.risks?.[0] ?? "stable"}`, "revision: 1") : fields.push(`version: ${JSON.stringify(version)}`), spec.hold === "required" && fields.push("hold: true"), spec.cohort === "required" && fields.push("cohort: true"), `{ ${fields.join(", ")} }`;
}
function chooseVersions(policy) {
  let pack = policy.pack, chosen = /* @__PURE__ */ new Map();
  for (let name of pack.order) {
    let spec = pack.components[name], scheme = policy.schemes.get(name);
    if (!spec || !scheme) continue;
    let usable = candidates(spec, scheme).filter((v) => !unusable(spec, scheme, v));
    chosen.set(name, { version: usable[usable.length - 1] ?? scheme.example, spec });
  }
  for (let name of [...pack.order].reverse()) {
    let choice = chosen.get(name), scheme = policy.schemes.get(name);
    if (!(!choice || !scheme)) {
      for (let requirement of choice.spec.requires ?? [])
        if (scheme.matches(choice.version, requirement.version))
          for (let [other, patterns] of Object.entries(requirement.needs)) {
            let otherChoice = chosen.get(other), otherScheme = policy.schemes.get(other);
            if (!otherChoice || !otherScheme || patterns.some((p) => otherScheme.matches(otherChoice.version, p))) continue;
            let fits = candidates(otherChoice.spec, otherScheme).filter(
              (v) => patterns.some((p) => otherScheme.matches(v, p))
            ), version = fits[fits.length - 1] ?? patterns.find((p) => otherScheme.isValid(p));
            version !== void 0 && chosen.set(other, { ...otherChoice, version });
          }
    }
  }
  return chosen;
}
function candidates(spec, scheme) {
  let sorted = [...(spec.versioning.versions ?? []).filter((v) => scheme.isValid(v))].sort((a, b) => scheme.compare(a, b));
  return spec.versioning.source === "version" ? sorted.map((v) => scheme.inFull(v)) : sorted;
}
function unusable(spec, scheme, version) {
  return (spec.eol ?? []).some((e) => scheme.matches(version, e.version)) ? !0 : (spec.blocked ?? []).some(
    (b) => b.version !== void 0 && b.channel === void 0 && b.revision === void 0 && scheme.matches(version, b.version)
  );
}

// src/cli/init-command.ts
async function initCommand(values, io) {
  if (typeof values.pack != "string")
    throw new RollgateError(
      "--pack is required: the pack the fleet is judged by, for example --pack microcloud."
    );
  let file = String(values.file ?? "fleet.yaml"), absolute = path.resolve(io.cwd, file), shown = shownPath(io.cwd, absolute, file), policy = await loadNamedPack(io.cwd, values.pack, String(values.policies ?? "policies"));
  if (!values.force && await readText(absolute) !== void 0)
    throw new RollgateError(
      `${shown} exists already; rollgate init does not overwrite a manifest unless given --force.`
    );
  let text = starterManifest(policy, {
    packName: values.pack,
    ...typeof values.schema == "string" ? { schema: values.schema } : {}
  });
  try {
    await writeFile(absolute, text, {
      flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW
    });
  } catch (error) {
    throw error.code === "ELOOP" ? new RollgateError(
      `${shown} is a symbolic link; rollgate init writes a file, never through a link.`
    ) : new RollgateError(`Cannot write ${shown}: ${error.message}.`);
  }
  return io.stdout(
    `Wrote ${shown}: a starter fleet for the ${policy.pack.name} pack. Put in the names and versions you run, then: rollgate check --head ${shown}
`
  ), 0;
}
export {
  initCommand
};
