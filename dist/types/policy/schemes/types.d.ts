import type { SchemeName } from '../types.js';
/**
 * A version scheme: how one component's versions are read, ordered and stepped through, and what messages, the
 * starter manifest and the pack checks need to know of it. Code outside src/policy/schemes/ asks the scheme for
 * these; it never branches on the scheme's name.
 */
export interface VersionScheme {
    /** The name a pack gives it (`versioning.scheme`), for messages. */
    readonly name: SchemeName;
    /** What one step is called in messages: `minor version`, `track`, `release`. */
    readonly unit: string;
    /** A version for a starter manifest when the pack names none that can be used. */
    readonly example: string;
    /** The versions it knows, as a sentence for a message about one it cannot read (` It knows quincy, reef.`); empty when it reads any version of its form. */
    readonly known: string;
    /** Whether a pattern from the pack is a range the scheme reads (`<4.14`, `>=1.2 <1.4`) rather than one version. */
    isRange(pattern: string): boolean;
    /** A version as a manifest's `version` field writes it in full (4.16 as 4.16.0); unchanged where there is no longer form. */
    inFull(version: string): string;
    /** Whether a version belongs to this scheme (for `tracks`, whether the pack knows it). */
    isValid(version: string): boolean;
    /** Negative when a is older than b, 0 when equal, positive when newer. */
    compare(a: string, b: string): number;
    /** How many steps separate two versions of one family: minor versions, tracks or releases. */
    distance(a: string, b: string): number;
    /** The major version or track family; an in-place upgrade may be forbidden to change it. */
    family(version: string): string;
    /** Whether a version matches a pattern from the pack: the same version, or a range the scheme reads. */
    matches(version: string, pattern: string): boolean;
    /** Whether the pack tags this version (lts, slurp). */
    hasTag(version: string, tag: string): boolean;
    /** The versions strictly after `from` up to `to`, in order: the stops an upgrade path may use. */
    between(from: string, to: string): string[];
    /** The version as the step unit counts it (4.14.3 is on line 4.14), for messages and paths. */
    line(version: string): string;
}
