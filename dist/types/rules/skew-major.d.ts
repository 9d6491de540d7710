/** `skew/major`: an upgrade crosses a major version or track family the vendor does not upgrade in place. */
export declare const skewMajor: import("./types.js").Rule<"skew/major", "majorChange">;
