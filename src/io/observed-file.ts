// Reads observed.json for `check --observed` and `plan --observed`.
import path from 'node:path';
import { RollgateError } from '../findings.js';
import { parseObserved } from '../observe/file.js';
import type { Observed } from '../observe/types.js';
import { inertText } from '../report/escape.js';
import { readText } from './files.js';

/** observed.json is a few hundred bytes a member: 10,000 members fit well within this. */
const MAX_OBSERVED_BYTES = 64 * 1024 * 1024;

/** Reads and validates the observed.json a flag names, or ends the run with one sentence. */
export async function readObserved(cwd: string, file: string): Promise<Observed> {
  const text = await readText(path.resolve(cwd, file));
  if (text === undefined)
    throw new RollgateError(
      `--observed ${inertText(file)} does not exist; write it with rollgate observe --out ${inertText(file)}.`,
    );
  if (text.length > MAX_OBSERVED_BYTES)
    throw new RollgateError(`--observed ${inertText(file)} is larger than rollgate reads (64 MiB).`);
  return parseObserved(text, inertText(file));
}
