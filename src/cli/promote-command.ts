import { promoteManifest } from '../edit/promote.js';
import { RollgateError } from '../findings.js';
import { finishEdit, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';

/** `rollgate promote`: sets the clusters of a later wave to what an earlier wave runs, if check allows it. */
export async function promoteCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  positionals: string[],
  services: CliServices,
): Promise<number> {
  if (positionals.length !== 2) {
    throw new RollgateError(
      `promote takes two waves, the earlier then the later, for example rollgate promote staging production; it got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`,
    );
  }
  const [from, to] = positionals as [string, string];
  const target = await readEditTarget(io, String(values.file ?? 'fleet.yaml'));
  const outcome = promoteManifest(target.text, target.shown, from, to);
  for (const skipped of outcome.skipped)
    io.stderr(`rollgate promote: skipped ${skipped.component} in ${skipped.cluster}: ${skipped.reason}.\n`);
  return finishEdit(io, services, 'promote', target, outcome, values);
}
