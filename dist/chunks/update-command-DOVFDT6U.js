import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  applyUpdates,
  lookUpReleases,
  manifestPolicy,
  planUpdates,
  storeSettings,
  updateLookups
} from "./chunk-X5UATQMZ.js";
import {
  finishEdit,
  judgeEditTarget,
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
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/update-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
async function planManifestUpdate(values, io, text, file) {
  let fleet = readFleet(text, file), policy = await manifestPolicy(io.cwd, fleet, file, String(values.policies ?? "policies")), filter = {
    ...typeof values.wave == "string" ? { wave: values.wave } : {},
    ...typeof values.component == "string" ? { component: values.component } : {}
  }, { lookups, skipped } = updateLookups(fleet, policy.pack, file, filter), releases = await lookUpReleases(lookups, storeSettings(values, io)), plan = planUpdates(fleet, lookups, releases, filter);
  return { fleet, updates: plan.updates, skipped: [...skipped, ...plan.skipped] };
}
async function updateCommand(values, io, services) {
  let format = String(values.format ?? "text");
  if (format !== "text" && format !== "json")
    throw new RollgateError(`--format is ${JSON.stringify(format)}; expected text or json.`);
  let target = await readEditTarget(io, String(values.file ?? "fleet.yaml")), plan = await planManifestUpdate(values, io, target.text, target.shown), outcome = applyUpdates(target.text, target.shown, plan.fleet, plan.updates);
  if (format === "json") {
    let verdict = outcome.edits.length > 0 ? await judgeEditTarget(io, services, target, outcome, values) : void 0, ok = !verdict || verdict.introduced.length === 0, report = {
      file: target.shown,
      ok,
      updates: plan.updates,
      skipped: plan.skipped,
      findings: verdict?.introduced ?? []
    };
    return io.stdout(`${JSON.stringify(report, null, 2)}
`), ok ? 0 : 1;
  }
  for (let skip of plan.skipped)
    io.stderr(
      `rollgate update: ${skip.component}${skip.wave ? ` (wave ${skip.wave})` : ""}: ${skip.reason}.
`
    );
  return finishEdit(io, services, "update", target, outcome, values);
}
export {
  planManifestUpdate,
  updateCommand
};
