/** A copy of a value read from YAML (null, booleans, numbers, strings, lists and mappings), sharing no object with it. */
export declare function copyOf(value: unknown): unknown;
/**
 * The same text as a string of its own. Cutting a string out of a longer one (`slice`, as the readers do) gives, in
 * V8, from 13 characters on, a view that keeps the whole longer string alive: a member's name kept by a plan would
 * keep the manifest's megabytes. JSON's round trip makes a flat copy, exact for any string; shorter ones are already
 * copies.
 */
export declare function ownString(text: string): string;
/** A copy of a value read from YAML (`copyOf`) with its strings made own, for a cache that outlives the text. */
export declare function ownValue(value: unknown): unknown;
/**
 * Makes every string in a tree of plain objects and arrays (a fleet, say) own, in place: each is replaced by an
 * equal string, so nothing else changes, and what keeps the tree no longer keeps the text it was read from.
 */
export declare function ownStringsIn(tree: object): void;
