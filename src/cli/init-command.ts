import { constants } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { starterManifest } from '../edit/starter.js';
import { RollgateError } from '../findings.js';
import { readText } from '../io/files.js';
import { loadNamedPack } from '../io/packs.js';
import { shownPath } from '../io/paths.js';
import type { CliIo } from './io.js';

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
    // Never through a link: --force replaces a manifest, not the file a link points at.
    await writeFile(absolute, text, {
      flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new RollgateError(
        `${shown} is a symbolic link; rollgate init writes a file, never through a link.`,
      );
    throw new RollgateError(`Cannot write ${shown}: ${(error as Error).message}.`);
  }
  io.stdout(
    `Wrote ${shown}: a starter fleet for the ${policy.pack.name} pack. Put in the names and versions you run, then: rollgate check --head ${shown}\n`,
  );
  return 0;
}
