/** `hold/freeze`: no version changes while a declared freeze is on. */
export declare const holdFreeze: import("./types.js").Rule<"hold/freeze", "changeDuringFreeze">;
