/** `skew/jump`: an upgrade goes further in one step than the vendor supports. */
export declare const skewJump: import("./types.js").Rule<"skew/jump", "jumpFromClosed" | "jumpNoChain" | "jumpTooFar" | "jumpWithPath">;
