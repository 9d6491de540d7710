/**
 * `drift`: a member whose observed state (rollgate observe, given to check with --observed) is neither its base nor
 * its head pin, or that is not held where the manifest says `hold: true`. A member that did not answer is no drift.
 */
export declare const drift: import("./types.js").Rule<"drift", "notHeld" | "notPinned">;
