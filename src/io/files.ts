import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { RollgateError } from '../findings.js';
import { YAML_LIMITS } from '../manifest/yaml.js';
import {
  closeSync,
  constants,
  fsPromises,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathNative,
} from './node-fs.js';

/**
 * Files up to this size are read, so that one over the manifest limit gets its finding on line 1; a larger one is
 * refused before it is read into memory.
 */
const MAX_READ_BYTES = 2 * YAML_LIMITS.maxBytes;

/**
 * Reads a file as text, or undefined when it does not exist; other failures end the run with a sentence. Only a
 * regular file is read: a FIFO would block, and a device such as /dev/zero never ends. A symbolic link is never
 * followed (a checkout's `fleet.yaml -> ~/.git-credentials` would put the secret into a finding), and a file named
 * inside `root` (the repository rollgate runs in) must really be there, not under a linked folder that leads out.
 * Either is one sentence naming the file, with nothing of where the link points. Read with the synchronous calls
 * (src/io/node-fs.ts says why); a run reads one file at a time.
 */
export async function readText(file: string, root?: string, into?: ReadBuffer): Promise<string | undefined> {
  let descriptor: number;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'ELOOP')
      throw new RollgateError(
        `${file} is a symbolic link; rollgate reads only regular files, so a link in a checkout cannot make it read a file elsewhere.`,
      );
    throw new RollgateError(`Cannot read ${file}: ${(error as Error).message}.`);
  }
  try {
    if (root !== undefined) refuseEscape(file, root);
    const stat = fstatSync(descriptor);
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
    // Read whole, then decoded in one go: decoding as it reads (readFile('utf8')) takes longer on a large fleet.
    return readWhole(descriptor, stat.size, into).toString('utf8');
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    throw new RollgateError(`Cannot read ${file}: ${(error as Error).message}.`);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * A file's bytes in one read of the size it had when opened (readFile reads in chunks of 512 KiB, each a round trip
 * through libuv's thread pool when asynchronous: a large fleet waited on two dozen), and the rest as readFile would
 * if it grew since.
 */
function readWhole(descriptor: number, size: number, into?: ReadBuffer): Buffer {
  const buffer = into ? into.take(size) : Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const bytesRead = readSync(descriptor, buffer, filled, size - filled, filled);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
  }
  const more = readSync(descriptor, Buffer.allocUnsafe(1), 0, 1, filled);
  return more === 0 ? buffer : readFileSync(descriptor);
}

/**
 * Memory to read files into, kept by a caller that reads several large ones in turn (the head manifest, then the
 * base), for as long as it keeps this. Memory a process touches for the first time is costly (each new page a fault
 * to the kernel): the second read fills pages the first already brought in, about 0.1 s less for the two 26 MB files
 * of a fleet of 100,000 members. Each read's bytes are decoded before the next, so one buffer serves them all.
 */
export class ReadBuffer {
  private bytes: Buffer | undefined;

  /** The first `size` bytes of the buffer, made larger when it is too small, with room for a file a little larger. */
  take(size: number): Buffer {
    if (!this.bytes || this.bytes.length < size) this.bytes = Buffer.allocUnsafe(Math.ceil(size * 1.25));
    return this.bytes.subarray(0, size);
  }
}

/** Whether `file` lies inside `folder` (or is it), by their paths as written. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

// A file named inside the root may sit under a linked folder; its real path must stay inside the root's real path.
function refuseEscape(file: string, root: string): void {
  const named = path.resolve(file);
  if (!isInside(named, path.resolve(root))) return;
  const [real, realRoot] = [realpathNative(named), realpathNative(root)];
  if (!isInside(real, realRoot))
    throw new RollgateError(
      `${file} lies under a symbolic link that leads out of ${root}; rollgate does not follow links out of the repository it reads.`,
    );
}

/** Reads a file the user named, ending the run with one sentence when it is not there. */
export async function requireText(
  file: string,
  what: string,
  root?: string,
  into?: ReadBuffer,
): Promise<string> {
  const text = await readText(file, root, into);
  if (text === undefined) throw new RollgateError(`The ${what} ${file} does not exist.`);
  return text;
}

/** The file system calls replaceText makes, so a test can make one fail as a full disk would. */
export interface ReplaceCalls {
  open: typeof import('node:fs/promises').open;
  rename: typeof import('node:fs/promises').rename;
}

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * Replaces a file's text so it is never lost: the new text goes to a temporary file in the same folder, is synced
 * to disk, and is renamed over the file, so a full disk or a crash leaves the old text or the new, never half or
 * nothing. A lock file (created exclusively) keeps two rollgate edits of one file apart, and the file must still
 * hold `expected`, the text the edit was made from: another writer's change is never overwritten. `shown` names
 * the file in messages.
 */
export async function replaceText(
  file: string,
  shown: string,
  expected: string,
  text: string,
  calls: ReplaceCalls = fsPromises(),
): Promise<void> {
  const { lstat, unlink } = fsPromises();
  const folder = path.dirname(file);
  const name = path.basename(file);
  const lock = path.join(folder, `.${name}.rollgate-lock`);
  let lockHandle: FileHandle;
  try {
    lockHandle = await calls.open(lock, EXCLUSIVE, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new RollgateError(
        `Another rollgate edit is writing ${shown} (${path.basename(lock)} is there); nothing was written. Run this again when it is done, or remove that file if no edit is running.`,
      );
    throw new RollgateError(`Cannot write ${shown}: ${(error as Error).message}.`);
  }
  // node:crypto loaded here, not at start: a check never writes, and loading it costs a run more than the check.
  const { randomUUID } = await import('node:crypto');
  const temporary = path.join(folder, `.${name}.rollgate-${randomUUID()}.tmp`);
  let written = false;
  try {
    const current = await readText(file);
    if (current !== expected)
      throw new RollgateError(
        `${shown} changed after rollgate read it (another edit of it ran meanwhile); nothing was written, so that edit stands. Run this again.`,
      );
    const { mode } = await lstat(file);
    const handle = await calls.open(temporary, EXCLUSIVE, 0o600);
    try {
      // The manifest keeps its permissions.
      await handle.chmod(mode & 0o7777);
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await calls.rename(temporary, file);
    written = true;
    await syncFolder(folder);
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    throw new RollgateError(
      `Cannot write ${shown}: ${(error as Error).message}${written ? '' : `; ${shown} is as it was`}.`,
    );
  } finally {
    if (!written) await unlink(temporary).catch(() => undefined);
    await lockHandle.close().catch(() => undefined);
    await unlink(lock).catch(() => undefined);
  }
}

// The rename is only durable once the folder that records it is synced; a file system that cannot sync a folder
// (some network ones) has done what it can.
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fsPromises().open(folder, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing more to do: the rename has happened.
  }
}
