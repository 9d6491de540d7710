import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  bumpManifest,
  bumpMoves,
  channelBumpMoves,
  createDatasource,
  datasourceIdOf,
  isChannel,
  manifestPolicy,
  noDatasourceMessage,
  noReleaseMessage,
  parseTarget,
  storeSettings
} from "./chunk-X5UATQMZ.js";
import {
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
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/bump-command.ts
init_define_ROLLGATE_BUILTIN_PACKS();
async function bumpCommand(values, io, positionals, services) {
  if (positionals.length !== 1)
    throw new RollgateError(
      `bump takes one component, for example rollgate bump lxd --to 5.21/stable@33110; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let component = positionals[0];
  if (typeof values.to != "string")
    throw new RollgateError(
      "--to is required: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel whose current revision the store gives (5.21/stable)."
    );
  let target = await readEditTarget(io, String(values.file ?? "fleet.yaml")), scope = {
    ...typeof values.cluster == "string" ? { cluster: values.cluster } : {},
    ...typeof values.wave == "string" ? { wave: values.wave } : {}
  }, outcome = isChannel(values.to) ? await bumpToStoreRevision(values, io, target, component, values.to, scope) : bumpManifest(target.text, target.shown, component, parseTarget(values.to), scope);
  return finishEdit(io, services, "bump", target, outcome, values);
}
async function bumpToStoreRevision(values, io, target, component, channel, scope) {
  let fleet = readFleet(target.text, target.shown), policy = await manifestPolicy(io.cwd, fleet, target.shown, String(values.policies ?? "policies")), id = datasourceIdOf(policy.pack, component);
  if (!id) throw new RollgateError(noDatasourceMessage(policy.pack.name, component));
  bumpMoves(fleet, target.shown, component, { channel }, scope);
  let datasource = createDatasource(id, storeSettings(values, io)), releases = await datasource.releases(component), moves = channelBumpMoves(
    fleet,
    target.shown,
    component,
    channel,
    scope,
    releases,
    (architecture) => noReleaseMessage(datasource, component, channel, architecture, releases)
  );
  return applyMoves(target.text, target.shown, moves);
}
export {
  bumpCommand
};
