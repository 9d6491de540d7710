import type { VersionScheme } from './schemes/index.js';
import type { JumpLimit, JumpPolicy } from './types.js';
/**
 * The most versions an upgrade path is searched through. No vendor chains hundreds of upgrades, and a version far
 * in the future (9999.1, 1.999999.0) must not make a check enumerate and search every release up to it.
 */
export declare const MAX_PATH_STOPS = 256;
/** Whether two versions of one family are further apart than any path rollgate searches. */
export declare function tooFarToChain(scheme: VersionScheme, from: string, to: string): boolean;
/** The narrowest of the pack's limits that a move matches (by its `from` and `to`), or undefined. */
export declare function jumpLimit(scheme: VersionScheme, jump: JumpPolicy, from: string, to: string): JumpLimit | undefined;
/** Why one upgrade step is not allowed, or null when it is. */
export declare function jumpProblem(scheme: VersionScheme, jump: JumpPolicy, from: string, to: string): string | null;
/**
 * The shortest chain of allowed upgrades from one version to another, both ends included,
 * through the versions the scheme knows; null when there is none, or the ends are too far apart to search.
 */
export declare function findUpgradePath(scheme: VersionScheme, jump: JumpPolicy, from: string, to: string): string[] | null;
/**
 * Why `findUpgradePath` found no path: a limit allows no upgrade out of `from` (`closed`), the ends are further apart
 * than any path is searched (`too-far`), or no chain of allowed steps joins them (`no-chain`).
 */
export declare function noPathReason(scheme: VersionScheme, jump: JumpPolicy, from: string, to: string): 'closed' | 'too-far' | 'no-chain';
/** A limit in words, for messages: `1 minor version at a time to <4.16 ("...")`, or `no upgrade from <4.14 ("...")`. */
export declare function describeLimit(limit: JumpLimit, unit: string): string;
/** The largest allowed step in words, for messages. */
export declare function describeJump(jump: JumpPolicy, unit: string): string;
