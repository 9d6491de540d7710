import { bumpManifest, parseTarget } from '../edit/bump.js';
import { RollgateError } from '../findings.js';
import { defineCommand } from './command.js';
import { EDIT_FLAGS, EDIT_OPTIONS, finishEdit, readEditTarget } from './edit.js';
import type { CliIo, CliServices } from './io.js';

/** The flags of `rollgate bump`: a public contract. */
export const BUMP_OPTIONS = {
  to: { type: 'string' },
  cluster: { type: 'string' },
  wave: { type: 'string' },
  ...EDIT_OPTIONS,
} as const;

/** The usage line of `rollgate bump`. */
export const BUMP_USAGE =
  'rollgate bump COMPONENT --to VERSION|CHANNEL@REVISION [--cluster NAME | --wave NAME] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]';

/** `rollgate bump`: its flags, help and run. */
export const BUMP = defineCommand({
  summary: 'Move a component to a version in fleet.yaml, keeping its comments, if check allows it.',
  usage: BUMP_USAGE,
  options: BUMP_OPTIONS,
  flags: {
    to: {
      value: 'VERSION|CHANNEL@REVISION',
      about:
        'Where the component goes: a version (4.16.9) or a channel with a revision (5.21/stable@33110); required.',
    },
    cluster: { value: 'NAME', about: 'Move the component in this cluster only.' },
    wave: {
      value: 'NAME',
      about:
        'Move the component in the clusters of this wave only (with neither, in every cluster that runs it).',
    },
    ...EDIT_FLAGS,
  },
  examples: [
    'rollgate bump lxd --to 5.21/stable@36020 --wave canary --base-ref origin/main',
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
      '--to is required: a version (4.16.9) or a channel with a revision (5.21/stable@33110).',
    );
  const run = parseTarget(values.to);
  const target = await readEditTarget(io, String(values.file ?? 'fleet.yaml'));
  const scope = {
    ...(typeof values.cluster === 'string' ? { cluster: values.cluster } : {}),
    ...(typeof values.wave === 'string' ? { wave: values.wave } : {}),
  };
  const outcome = bumpManifest(target.text, target.shown, component, run, scope);
  return finishEdit(io, services, 'bump', target, outcome, values);
}
