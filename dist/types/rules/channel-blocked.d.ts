/** `channel/blocked`: a version, channel or revision the pack lists as known-bad. */
export declare const channelBlocked: import("./types.js").Rule<"channel/blocked", "blocked">;
