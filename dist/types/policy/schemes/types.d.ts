/** A version scheme: how one component's versions are read, ordered and stepped through. */
export interface VersionScheme {
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
