import { promoteManifest } from '../edit/promote.js';
import { RollgateError } from '../findings.js';
import { EDIT_OPTIONS, finishEdit, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';

/** The flags of `rollgate promote`: a public contract. */
export const PROMOTE_OPTIONS = EDIT_OPTIONS;

/** The usage line of `rollgate promote`. */
export const PROMOTE_USAGE =
  'rollgate promote FROM-WAVE TO-WAVE [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]';

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
