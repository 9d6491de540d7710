import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  RUN_FIELDS,
  applyMoves,
  finishEdit,
  readEditTarget,
  readFleet
} from "./chunk-A7EXEBMT.js";
import "./chunk-PMDOHF4R.js";
import "./chunk-HTZNL3MI.js";
import "./chunk-B7A5PP2Z.js";
import "./chunk-JNZWN4BN.js";
import "./chunk-WYT27V7G.js";
import "./chunk-U5LBE3R7.js";
import {
  RollgateError,
  describeState,
  sameRun
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/promote-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/edit/promote.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function promoteMoves(fleet, file, from, to) {
  let waves = fleet.waves;
  if (!waves) throw new RollgateError(`${file} sets no \`waves\`, so there is nothing to promote between.`);
  for (let wave of [from, to])
    if (!waves.includes(wave))
      throw new RollgateError(`${file} has no wave named ${wave}; its waves are ${waves.join(", ")}.`);
  if (waves.indexOf(from) >= waves.indexOf(to))
    throw new RollgateError(
      `Wave ${from} does not come before ${to} in \`waves\` (${waves.join(", ")}); a promotion goes from an earlier wave to a later one.`
    );
  let sources = fleet.clusters.filter((c) => c.wave === from), targets = fleet.clusters.filter((c) => c.wave === to);
  if (sources.length === 0)
    throw new RollgateError(`No cluster is in wave ${from}, so there is nothing to promote.`);
  if (targets.length === 0)
    throw new RollgateError(`No cluster is in wave ${to}, so there is nothing to promote to.`);
  let runs = /* @__PURE__ */ new Map(), skipped = [], components = [...new Set(sources.flatMap((c) => Object.keys(c.components)))];
  for (let component of components) {
    let states = sources.filter((c) => c.components[component]).map((c) => ({ cluster: c.name, state: c.components[component] })), first = states[0];
    if (!first?.state) continue;
    let disagree = states.find((s) => !sameRun(s.state, first.state));
    if (disagree)
      throw new RollgateError(
        `Wave ${from} does not agree on ${component}: ${first.cluster} runs ${describeState(first.state)} and ${disagree.cluster} runs ${describeState(disagree.state)}. Bring wave ${from} to one state first, or bump ${to} with rollgate bump.`
      );
    let run = {};
    for (let field of RUN_FIELDS) {
      let value = first.state[field];
      value !== void 0 && Object.assign(run, { [field]: value });
    }
    runs.set(component, run);
  }
  let moves = [];
  for (let cluster of targets)
    for (let [component, run] of runs) {
      if (!cluster.components[component]) {
        skipped.push({
          cluster: cluster.name,
          component,
          reason: `${cluster.name} does not run ${component}; promote moves components, it does not add them`
        });
        continue;
      }
      moves.push({ cluster: cluster.name, component, run });
    }
  return { moves, skipped };
}
function promoteManifest(text, file, from, to) {
  let fleet = readFleet(text, file), { moves, skipped } = promoteMoves(fleet, file, from, to);
  return { ...applyMoves(text, file, moves), skipped };
}

// src/cli/promote-command.ts
async function promoteCommand(values, io, positionals, services) {
  if (positionals.length !== 2)
    throw new RollgateError(
      `promote takes two waves, the earlier then the later, for example rollgate promote staging production; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let [from, to] = positionals, target = await readEditTarget(io, String(values.file ?? "fleet.yaml")), outcome = promoteManifest(target.text, target.shown, from, to);
  for (let skipped of outcome.skipped)
    io.stderr(`rollgate promote: skipped ${skipped.component} in ${skipped.cluster}: ${skipped.reason}.
`);
  return finishEdit(io, services, "promote", target, outcome, values);
}
export {
  promoteCommand
};
