import type { PackResolver } from '../check/index.js';
import { type Policy } from '../policy/pack.js';
/** Whether a manifest's `policy` is a path to a pack file rather than a pack name. */
export declare function isPackPath(nameOrPath: string): boolean;
/**
 * The packs that ship with rollgate: embedded in the bundle, already read and validated (loadPack takes their
 * precompiled value), or read from the package's policies/ folder.
 */
export declare function builtinPacks(): Map<string, string>;
/**
 * Checks that the folder of the repository's own packs is a folder, so a typo in it does not quietly leave only the
 * built-in packs to judge; one sentence when it is not. `given` names it in that sentence (`--policies "x"`); the
 * default folder may be absent (`mayBeAbsent`), a folder named on purpose may not.
 */
export declare function checkPoliciesFolder(cwd: string, policies: string, given: string, mayBeAbsent: boolean): void;
/** Reads a file's text, or undefined when it does not exist. */
export type ReadText = (file: string) => Promise<string | undefined> | string | undefined;
/**
 * Resolves packs the way the README promises: a path relative to the manifest; else a name in the
 * policies directory (through `read`, which may read the working tree or a git ref); else a built-in pack.
 */
export declare function packResolver(policiesDir: string, read: ReadText): {
    resolve: PackResolver;
    known: string[];
};
/**
 * The resolver of packs on disk: the policies directory (relative to cwd) as the working tree holds it, then the
 * built-in packs. `policiesDir` is the directory as shown in messages.
 */
export declare function workingTreePacks(cwd: string, policies: string): {
    resolve: PackResolver;
    known: string[];
    policiesDir: string;
};
/** Loads a pack by name from the policies directory, then from the packs rollgate ships; one sentence when it cannot. */
export declare function loadNamedPack(cwd: string, name: string, policies: string): Promise<Policy>;
/**
 * The file a manifest's `policy` names when it is a path (relative to the manifest's folder), with forward slashes;
 * undefined for a pack name, or a path that climbs out of the tree rollgate runs in (the manifest is untrusted).
 */
export declare function packPath(nameOrPath: string, manifestDir: string): string | undefined;
