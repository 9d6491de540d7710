/** JSON with every object's keys sorted and no spaces: one text per value, whatever order it was built in. */
export declare function canonicalJson(value: unknown): string;
/** `sha256:` and the hex digest of a value's canonical JSON. */
export declare function contentId(value: unknown): string;
/** A file's JSON: two-space indent and a final newline, in the key order the value was built with. */
export declare function jsonFile(value: unknown): string;
