import { promoteManifest } from '../edit/promote.js';
import { RollgateError } from '../findings.js';
import { defineCommand } from './command.js';
import { EDIT_FLAGS, EDIT_OPTIONS, finishEdit, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';

/** The flags of `rollgate promote`: a public contract. */
export const PROMOTE_OPTIONS = EDIT_OPTIONS;

/** The usage line of `rollgate promote`. */
export const PROMOTE_USAGE =
  'rollgate promote FROM-WAVE TO-WAVE [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]';

/** `rollgate promote`: its flags, help and run. */
export const PROMOTE = defineCommand({
  summary: 'Set the clusters of a later wave to what an earlier wave runs, if check allows it.',
  usage: PROMOTE_USAGE,
  options: PROMOTE_OPTIONS,
  flags: EDIT_FLAGS,
  examples: [
    'rollgate promote staging production --base-ref origin/main',
    'rollgate promote canary staging --file fleets/eu.yaml',
  ],
  exitCodes:
    '0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.',
  positionals: true,
  run: (values, io, positionals, services) => promoteCommand(values, io, positionals, services),
});

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
