import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { starterManifest } from '../edit/starter.js';
import { RollgateError } from '../findings.js';
import { readText } from '../io/files.js';
import { loadNamedPack } from '../io/packs.js';
import { shownPath } from '../io/paths.js';
import { defineCommand } from './command.js';
import type { CliIo } from './io.js';

/** The flags of `rollgate init`: a public contract. */
export const INIT_OPTIONS = {
  pack: { type: 'string' },
  file: { type: 'string', default: 'fleet.yaml' },
  schema: { type: 'string' },
  policies: { type: 'string', default: 'policies' },
  force: { type: 'boolean', default: false },
} as const;

/** The usage line of `rollgate init`. */
export const INIT_USAGE =
  'rollgate init --pack NAME [--file fleet.yaml] [--schema URL|PATH] [--policies DIR] [--force]';

/** `rollgate init`: its flags, help and run. */
export const INIT = defineCommand({
  summary: 'Write a starter fleet.yaml for a pack, with the schema line editors read.',
  usage: INIT_USAGE,
  options: INIT_OPTIONS,
  flags: {
    pack: { value: 'NAME', about: 'The pack the fleet is judged by; required.' },
    file: { value: 'FILE', about: 'Where the manifest is written.' },
    schema: {
      value: 'URL|PATH',
      about:
        "The schema the file's first line points editors at, for example ./node_modules/rollgate/schemas/fleet.schema.json (default: this release's schema on GitHub).",
    },
    policies: {
      value: 'DIR',
      about: 'The folder of your own packs, found by name before the packs that ship with rollgate.',
    },
    force: { about: 'Overwrite the file when it exists.' },
  },
  examples: [
    'rollgate init --pack microcloud',
    'rollgate init --pack microshift --file edge.yaml --schema ./node_modules/rollgate/schemas/fleet.schema.json',
  ],
  exitCodes: '0 written; 2 could not (the file exists, an unknown pack, a folder that cannot be written).',
  takesPack: true,
  run: (values, io) => initCommand(values, io),
});

/** `rollgate init`: writes a starter manifest for a pack, with the schema line editors read. Exit 0 written; 2 could not. */
export async function initCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  if (typeof values.pack !== 'string')
    throw new RollgateError(
      '--pack is required: the pack the fleet is judged by, for example --pack microcloud.',
    );
  const file = String(values.file ?? 'fleet.yaml');
  const absolute = path.resolve(io.cwd, file);
  const shown = shownPath(io.cwd, absolute, file);
  const policy = await loadNamedPack(io.cwd, values.pack, String(values.policies ?? 'policies'));
  if (!values.force && (await readText(absolute)) !== undefined) {
    throw new RollgateError(
      `${shown} exists already; rollgate init does not overwrite a manifest unless given --force.`,
    );
  }
  const text = starterManifest(policy, {
    packName: values.pack,
    ...(typeof values.schema === 'string' ? { schema: values.schema } : {}),
  });
  try {
    await writeFile(absolute, text);
  } catch (error) {
    throw new RollgateError(`Cannot write ${shown}: ${(error as Error).message}.`);
  }
  io.stdout(
    `Wrote ${shown}: a starter fleet for the ${policy.pack.name} pack. Put in the names and versions you run, then: rollgate check --head ${shown}\n`,
  );
  return 0;
}
