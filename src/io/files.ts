import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { RollgateError } from '../findings.js';
import { YAML_LIMITS } from '../manifest/yaml.js';

/**
 * Files up to this size are read, so that one over the manifest limit gets its finding on line 1; a larger one is
 * refused before it is read into memory.
 */
const MAX_READ_BYTES = 2 * YAML_LIMITS.maxBytes;

/**
 * Reads a file as text, or undefined when it does not exist; other failures end the run with a sentence. Only a
 * regular file is read: a FIFO would block, and a device such as /dev/zero never ends.
 */
export async function readText(file: string): Promise<string | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new RollgateError(`Cannot read ${file}: ${(error as Error).message}.`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new RollgateError(`${file} is a directory, not a manifest file.`);
    if (!stat.isFile())
      throw new RollgateError(
        `${file} is not a regular file (a pipe, device or socket); rollgate reads files.`,
      );
    if (stat.size > MAX_READ_BYTES) {
      const size =
        stat.size >= 2 ** 30
          ? `${(stat.size / 2 ** 30).toFixed(1)} GiB`
          : `${(stat.size / 2 ** 20).toFixed(1)} MiB`;
      throw new RollgateError(
        `${file} is ${size}; rollgate reads files of at most ${YAML_LIMITS.maxBytes / 2 ** 20} MiB.`,
      );
    }
    return await handle.readFile('utf8');
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    throw new RollgateError(`Cannot read ${file}: ${(error as Error).message}.`);
  } finally {
    await handle.close();
  }
}

/** Reads a file the user named, ending the run with one sentence when it is not there. */
export async function requireText(file: string, what: string): Promise<string> {
  const text = await readText(file);
  if (text === undefined) throw new RollgateError(`The ${what} ${file} does not exist.`);
  return text;
}
