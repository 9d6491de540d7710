import { readFleet } from '../edit/manifest-edit.js';
import { applyUpdates, planUpdates, type UpdatePlan, updateLookups } from '../edit/update.js';
import { RollgateError } from '../findings.js';
import { lookUpReleases, manifestPolicy } from '../io/releases.js';
import { finishEdit, judgeEditTarget, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';
import { storeSettings } from './store-lookup.js';

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
