/** `skew/downgrade`: head runs an older version (or an older revision of the same channel) than base. */
export declare const skewDowngrade: import("./types.js").Rule<"skew/downgrade", "olderRevision" | "olderVersion">;
