/** `order/requires`: a version of one component needs versions of others that its cluster will run. */
export declare const orderRequires: import("./types.js").Rule<"order/requires", "requirementMissing">;
