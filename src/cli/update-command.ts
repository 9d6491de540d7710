import { readFleet } from '../edit/manifest-edit.js';
import { applyUpdates, planUpdates, type UpdatePlan, updateLookups } from '../edit/update.js';
import { RollgateError } from '../findings.js';
import { lookUpReleases, manifestPolicy } from '../io/releases.js';
import { defineCommand } from './command.js';
import { EDIT_FLAGS, EDIT_OPTIONS, finishEdit, judgeEditTarget, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';
import { STORE_FLAGS, STORE_OPTIONS, storeSettings } from './store-lookup.js';

/** The flags of `rollgate update`: a public contract. */
export const UPDATE_OPTIONS = {
  wave: { type: 'string' },
  component: { type: 'string' },
  format: { type: 'string', default: 'text' },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS,
} as const;

/** The usage line of `rollgate update`. */
export const UPDATE_USAGE =
  'rollgate update [--wave NAME] [--component NAME] [--format text|json] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]';

/** `rollgate update`: its flags, help and run. */
export const UPDATE = defineCommand({
  summary: "Move each component's earliest lagging wave to its channel's newest revision in the store.",
  usage: UPDATE_USAGE,
  options: UPDATE_OPTIONS,
  flags: {
    wave: {
      value: 'NAME',
      about: 'Update this wave only, and only when no earlier wave is behind.',
    },
    component: { value: 'NAME', about: 'Update this component only.' },
    format: {
      value: 'text|json',
      about: 'json writes nothing: it prints what the update would change and whether check accepts it.',
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS,
  },
  examples: [
    'rollgate update --base-ref origin/main',
    'rollgate update --component lxd --format json --store http://snap-proxy.internal:8080',
  ],
  exitCodes:
    '0 written, or nothing to change (json: the update passes check); 1 the update fails check, nothing written (--force writes it); 2 could not run (a store failed: nothing written).',
  run: (values, io, _positionals, services) => updateCommand(values, io, services),
});

/** What a manifest's update is, from the stores: the lookups, then the plan. */
export async function planManifestUpdate(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  text: string,
  file: string,
): Promise<UpdatePlan & { fleet: ReturnType<typeof readFleet> }> {
  const fleet = readFleet(text, file);
  const policy = await manifestPolicy(io.cwd, fleet, file, String(values.policies ?? 'policies'));
  const filter = {
    ...(typeof values.wave === 'string' ? { wave: values.wave } : {}),
    ...(typeof values.component === 'string' ? { component: values.component } : {}),
  };
  const { lookups, skipped } = updateLookups(fleet, policy.pack, file, filter);
  const releases = await lookUpReleases(lookups, storeSettings(values, io));
  const plan = planUpdates(fleet, lookups, releases, filter);
  return { fleet, updates: plan.updates, skipped: [...skipped, ...plan.skipped] };
}

/**
 * `rollgate update`: moves each component's earliest lagging wave to the newest revision its store lists for each
 * cluster's channel and architecture, and writes the manifest as bump does (checked first; nothing written on a
 * failure). `--format json` writes nothing: it says what the update would change and whether check accepts it.
 */
export async function updateCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  services: CliServices,
): Promise<number> {
  const format = String(values.format ?? 'text');
  if (format !== 'text' && format !== 'json')
    throw new RollgateError(`--format is ${JSON.stringify(format)}; expected text or json.`);
  const target = await readEditTarget(io, String(values.file ?? 'fleet.yaml'));
  const plan = await planManifestUpdate(values, io, target.text, target.shown);
  const outcome = applyUpdates(target.text, target.shown, plan.fleet, plan.updates);
  if (format === 'json') {
    const verdict =
      outcome.edits.length > 0 ? await judgeEditTarget(io, services, target, outcome, values) : undefined;
    const ok = !verdict || verdict.introduced.length === 0;
    const report = {
      file: target.shown,
      ok,
      updates: plan.updates,
      skipped: plan.skipped,
      findings: verdict?.introduced ?? [],
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return ok ? 0 : 1;
  }
  for (const skip of plan.skipped)
    io.stderr(
      `rollgate update: ${skip.component}${skip.wave ? ` (wave ${skip.wave})` : ''}: ${skip.reason}.\n`,
    );
  return finishEdit(io, services, 'update', target, outcome, values);
}
