/** A copy of a value read from YAML (null, booleans, numbers, strings, lists and mappings), sharing no object with it. */
export declare function copyOf(value: unknown): unknown;
