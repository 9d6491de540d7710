import {
  createDatasource,
  datasourceIdOf,
  noDatasourceMessage,
  noReleaseMessage,
} from '../datasource/index.js';
import { type BumpScope, bumpManifest, bumpMoves, isChannel, parseTarget } from '../edit/bump.js';
import { applyMoves, type EditOutcome, readFleet } from '../edit/manifest-edit.js';
import { channelBumpMoves } from '../edit/update.js';
import { RollgateError } from '../findings.js';
import { manifestPolicy } from '../io/releases.js';
import { type EditTarget, finishEdit, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';
import { storeSettings } from './store-lookup.js';

/** `rollgate bump`: moves one component in place, keeping the file's comments and layout, if check allows it. */
export async function bumpCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  positionals: string[],
  services: CliServices,
): Promise<number> {
  if (positionals.length !== 1) {
    throw new RollgateError(
      `bump takes one component, for example rollgate bump lxd --to 5.21/stable@33110; it got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`,
    );
  }
  const component = positionals[0] as string;
  if (typeof values.to !== 'string')
    throw new RollgateError(
      '--to is required: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel whose current revision the store gives (5.21/stable).',
    );
  const target = await readEditTarget(io, String(values.file ?? 'fleet.yaml'));
  const scope = {
    ...(typeof values.cluster === 'string' ? { cluster: values.cluster } : {}),
    ...(typeof values.wave === 'string' ? { wave: values.wave } : {}),
  };
  const outcome = isChannel(values.to)
    ? await bumpToStoreRevision(values, io, target, component, values.to, scope)
    : bumpManifest(target.text, target.shown, component, parseTarget(values.to), scope);
  return finishEdit(io, services, 'bump', target, outcome, values);
}

/** `bump --to CHANNEL`: each cluster of the scope to the channel's current revision for its architecture. */
async function bumpToStoreRevision(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  target: EditTarget,
  component: string,
  channel: string,
  scope: BumpScope,
): Promise<EditOutcome> {
  const fleet = readFleet(target.text, target.shown);
  const policy = await manifestPolicy(io.cwd, fleet, target.shown, String(values.policies ?? 'policies'));
  const id = datasourceIdOf(policy.pack, component);
  if (!id) throw new RollgateError(noDatasourceMessage(policy.pack.name, component));
  // The scope is checked before the store is asked, so a typo costs no lookup.
  bumpMoves(fleet, target.shown, component, { channel }, scope);
  const datasource = createDatasource(id, storeSettings(values, io));
  const releases = await datasource.releases(component);
  const moves = channelBumpMoves(fleet, target.shown, component, channel, scope, releases, (architecture) =>
    noReleaseMessage(datasource, component, channel, architecture, releases),
  );
  return applyMoves(target.text, target.shown, moves);
}
