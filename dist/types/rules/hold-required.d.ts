/** `hold/required`: components whose automatic updates must be held, so members cannot drift apart. */
export declare const holdRequired: import("./types.js").Rule<"hold/required", "notHeld">;
