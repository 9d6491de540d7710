/**
 * Reads a file as text, or undefined when it does not exist; other failures end the run with a sentence. Only a
 * regular file is read: a FIFO would block, and a device such as /dev/zero never ends. A symbolic link is never
 * followed (a checkout's `fleet.yaml -> ~/.git-credentials` would put the secret into a finding), and a file named
 * inside `root` (the repository rollgate runs in) must really be there, not under a linked folder that leads out.
 * Either is one sentence naming the file, with nothing of where the link points. Read with the synchronous calls
 * (src/io/node-fs.ts says why); a run reads one file at a time.
 */
export declare function readText(file: string, root?: string, into?: ReadBuffer): Promise<string | undefined>;
/**
 * Memory to read files into, kept by a caller that reads several large ones in turn (the head manifest, then the
 * base), for as long as it keeps this. Memory a process touches for the first time is costly (each new page a fault
 * to the kernel): the second read fills pages the first already brought in, about 0.1 s less for the two 26 MB files
 * of a fleet of 100,000 members. Each read's bytes are decoded before the next, so one buffer serves them all.
 */
export declare class ReadBuffer {
    private bytes;
    /** The first `size` bytes of the buffer, made larger when it is too small, with room for a file a little larger. */
    take(size: number): Buffer;
}
/** Reads a file the user named, ending the run with one sentence when it is not there. */
export declare function requireText(file: string, what: string, root?: string, into?: ReadBuffer): Promise<string>;
/** The file system calls replaceText makes, so a test can make one fail as a full disk would. */
export interface ReplaceCalls {
    open: typeof import('node:fs/promises').open;
    rename: typeof import('node:fs/promises').rename;
}
/**
 * Replaces a file's text so it is never lost: the new text goes to a temporary file in the same folder, is synced
 * to disk, and is renamed over the file, so a full disk or a crash leaves the old text or the new, never half or
 * nothing. A lock file (created exclusively) keeps two rollgate edits of one file apart, and the file must still
 * hold `expected`, the text the edit was made from: another writer's change is never overwritten. `shown` names
 * the file in messages.
 */
export declare function replaceText(file: string, shown: string, expected: string, text: string, calls?: ReplaceCalls): Promise<void>;
