import type { Finding } from '../findings.js';
import type { SourceFile } from './source.js';
/** A file read before this one, and whether its value passed the fleet schema. */
export interface KnownFleet {
    source: SourceFile;
    passed: boolean;
}
/**
 * The fleet schema's findings on a manifest. When it was read beside a known file that passed, and copied some of its
 * list items from it, the value is first validated without those items: they passed there, and an item's validity
 * depends only on the item and on the one thing the schema's conditions read outside it, how `waves` is written. Any
 * problem sends it to the whole validation, which reports what it finds with its place.
 */
export declare function validateFleet(source: SourceFile, known?: KnownFleet): Finding[];
