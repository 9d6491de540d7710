/** `hold/freeze`: no version changes while a declared freeze covers the cluster. */
export declare const holdFreeze: import("./types.js").Rule<"hold/freeze", "changeDuringFreeze">;
