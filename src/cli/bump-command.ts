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
import { defineCommand } from './command.js';
import { EDIT_FLAGS, EDIT_OPTIONS, type EditTarget, finishEdit, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';
import { STORE_FLAGS, STORE_OPTIONS, storeSettings } from './store-lookup.js';

/** The flags of `rollgate bump`: a public contract. */
export const BUMP_OPTIONS = {
  to: { type: 'string' },
  cluster: { type: 'string' },
  wave: { type: 'string' },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS,
} as const;

/** The usage line of `rollgate bump`. */
export const BUMP_USAGE =
  'rollgate bump COMPONENT --to VERSION|CHANNEL@REVISION|CHANNEL [--cluster NAME | --wave NAME] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]';

/** `rollgate bump`: its flags, help and run. */
export const BUMP = defineCommand({
  summary: 'Move a component to a version in fleet.yaml, keeping its comments, if check allows it.',
  usage: BUMP_USAGE,
  options: BUMP_OPTIONS,
  flags: {
    to: {
      value: 'VERSION|CHANNEL@REVISION|CHANNEL',
      about:
        "Where the component goes: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel alone (5.21/stable), whose current revision for each cluster's architecture the pack's datasource gives; required.",
    },
    cluster: { value: 'NAME', about: 'Move the component in this cluster only.' },
    wave: {
      value: 'NAME',
      about:
        'Move the component in the clusters of this wave only (with neither, in every cluster that runs it).',
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS,
  },
  examples: [
    'rollgate bump lxd --to 5.21/stable@36020 --wave canary --base-ref origin/main',
    'rollgate bump lxd --to 5.21/stable --wave canary --store http://snap-proxy.internal:8080',
    'rollgate bump microshift --to 4.16.9 --cluster lab',
  ],
  exitCodes:
    '0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.',
  positionals: true,
  run: (values, io, positionals, services) => bumpCommand(values, io, positionals, services),
});

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
